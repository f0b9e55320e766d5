namespace Kommune.Protocols.Pdf.Layout;

/// <summary>
/// A table row: one content flow per column, each inside the cell padding. The row is as tall
/// as its tallest cell. A row taller than the room on a page can be split into a head and a
/// tail with <see cref="SplitAt"/>; the tail is a new row element in the structure.
/// </summary>
internal sealed class RowItem : FlowItem
{
    /// <summary>DOCX table cell margins: 40 twips above and below, 85 left and right.</summary>
    public const double PadTop = 2;
    public const double PadBottom = 2;
    public const double PadLeft = 4.25;
    public const double PadRight = 4.25;

    public RowItem(TableInfo table, StructureNode node, bool header, CellFlow[] cells)
    {
        Table = table;
        Node = node;
        Header = header;
        Cells = cells;
        var tallest = 0.0;
        foreach (var cell in cells)
        {
            tallest = Math.Max(tallest, cell.Height);
        }

        Height = PadTop + tallest + PadBottom;
    }

    public TableInfo Table { get; }

    /// <summary>The row's structure element (TR).</summary>
    public StructureNode Node { get; }

    public bool Header { get; }

    public CellFlow[] Cells { get; }

    public override double Height { get; }

    /// <summary>
    /// Splits the row so that its head is at most <paramref name="room"/> tall: each cell keeps
    /// the lines that fit (a nested row that does not fit is split in turn) and passes the rest
    /// to the tail. Returns null when not even one line of any cell fits, unless
    /// <paramref name="force"/> is set, in which case each cell's first item goes to the head.
    /// </summary>
    public (RowItem Head, RowItem Tail)? SplitAt(double room, bool force)
    {
        var inner = room - PadTop - PadBottom;
        var heads = new CellFlow[Cells.Length];
        var tails = new CellFlow[Cells.Length];
        var progress = false;
        for (var c = 0; c < Cells.Length; c++)
        {
            var (head, tail) = Cells[c].SplitAt(inner, force);
            heads[c] = head;
            tails[c] = tail;
            progress |= head.Items.Count > 0;
        }

        if (!progress)
        {
            return null;
        }

        return (new RowItem(Table, Node, Header, heads), new RowItem(Table, Node, Header, tails));
    }
}
