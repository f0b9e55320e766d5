namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>A heading's bookmark: its level, text and where it starts (page index, points from the top).</summary>
internal readonly record struct OutlineEntry(int Level, string Title, int Page, double Top);
