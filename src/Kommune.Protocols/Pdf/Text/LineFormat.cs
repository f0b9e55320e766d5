namespace Kommune.Protocols.Pdf.Text;

/// <summary>How the lines of one paragraph are broken: font size, where lines start and end, and the tab stops (all in points from the column's left edge).</summary>
internal sealed class LineFormat
{
    /// <summary>Word's default tab stop interval in the DOCX settings (1304 twips).</summary>
    public const double DefaultTabInterval = 65.2;

    public required double Size { get; init; }

    /// <summary>Where the first line starts.</summary>
    public required double FirstLineStart { get; init; }

    /// <summary>Where the following lines start (the hanging indent, for fields and list items).</summary>
    public required double LineStart { get; init; }

    /// <summary>Where every line must end.</summary>
    public required double LineEnd { get; init; }

    public IReadOnlyList<TabStop> TabStops { get; init; } = [];
}
