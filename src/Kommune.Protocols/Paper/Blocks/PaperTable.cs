namespace Kommune.Protocols.Paper.Blocks;

/// <summary>
/// A table. <see cref="Rows"/> may be produced lazily (the contents of a meeting with a million
/// items is never held at once): a writer enumerates it exactly once.
/// </summary>
internal sealed class PaperTable : PaperBlock
{
    public PaperTable(TableRole role, IReadOnlyList<int> columnWeights, bool hasHeaderRow, IEnumerable<PaperRow> rows, string? caption = null)
    {
        Role = role;
        ColumnWeights = columnWeights;
        HasHeaderRow = hasHeaderRow;
        Rows = rows;
        Caption = caption;
    }

    public TableRole Role { get; }

    /// <summary>Relative column widths (the DOCX writer uses them as twips of the full text width).</summary>
    public IReadOnlyList<int> ColumnWeights { get; }

    /// <summary>Whether the first row holds column headings (repeated on each page).</summary>
    public bool HasHeaderRow { get; }

    /// <summary>The rows; enumerate once.</summary>
    public IEnumerable<PaperRow> Rows { get; }

    /// <summary>What the table is, where the paper prints no heading right above it (for HTML captions and PDF table summaries).</summary>
    public string? Caption { get; }
}

/// <summary>A table row; a row may have fewer cells than the table has columns.</summary>
internal sealed class PaperRow
{
    public PaperRow(IReadOnlyList<PaperCell> cells) => Cells = cells;

    public IReadOnlyList<PaperCell> Cells { get; }
}

/// <summary>A table cell: paragraphs, lists and (rarely) nested tables.</summary>
internal sealed class PaperCell
{
    public PaperCell(IReadOnlyList<PaperBlock> blocks) => Blocks = blocks;

    public IReadOnlyList<PaperBlock> Blocks { get; }

    /// <summary>A cell of one plain paragraph.</summary>
    public static PaperCell Text(string text) => new([new PaperParagraph(ParagraphRole.Body, text)]);
}
