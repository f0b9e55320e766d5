namespace Kommune.Protocols.Pdf.Text;

/// <summary>A tab stop, in points from the column's left edge; a right stop aligns the text after it to its position.</summary>
internal readonly record struct TabStop(double Position, bool Right = false);
