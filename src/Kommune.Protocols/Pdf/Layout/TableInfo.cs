namespace Kommune.Protocols.Pdf.Layout;

/// <summary>What the rows of one table share: their structure element, the column grid and the header row to repeat on each page.</summary>
internal sealed class TableInfo(StructureNode node, double width, double[] columnX, double[] columnWidths)
{
    public StructureNode Node { get; } = node;

    public double Width { get; } = width;

    /// <summary>Each column's left edge, from the table's left edge.</summary>
    public double[] ColumnX { get; } = columnX;

    public double[] ColumnWidths { get; } = columnWidths;

    /// <summary>The header row, once it is laid out; repeated (as an artifact) at the top of each page the table continues on.</summary>
    public RowItem? HeaderRow { get; set; }

    /// <summary>Whether the table is nested in a cell (nested tables do not repeat their header).</summary>
    public bool Nested { get; init; }
}
