namespace Kommune.Protocols.Pdf.Layout;

/// <summary>The content of one table cell: its structure element (TD or TH), its items stacked from the top, and the space after the last one.</summary>
internal sealed class CellFlow
{
    public CellFlow(StructureNode node, IReadOnlyList<FlowItem> items, double trailingSpace)
    {
        Node = node;
        Items = items;
        TrailingSpace = trailingSpace;
        var height = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            height += (i == 0 ? 0 : items[i].SpaceBefore) + items[i].Height;
        }

        Height = items.Count == 0 ? 0 : height + trailingSpace;
    }

    public StructureNode Node { get; }

    public IReadOnlyList<FlowItem> Items { get; }

    public double TrailingSpace { get; }

    public double Height { get; }

    /// <summary>The items that fit in <paramref name="room"/> and the rest; see <see cref="RowItem.SplitAt"/>.</summary>
    public (CellFlow Head, CellFlow Tail) SplitAt(double room, bool force)
    {
        var offset = 0.0;
        var taken = 0;
        FlowItem? splitHead = null;
        FlowItem? splitTail = null;
        for (; taken < Items.Count; taken++)
        {
            var item = Items[taken];
            var gap = taken == 0 ? 0 : item.SpaceBefore;
            if (offset + gap + item.Height <= room + 0.001)
            {
                offset += gap + item.Height;
                continue;
            }

            if (item is RowItem row && row.SplitAt(room - offset - gap, force && taken == 0) is { } parts)
            {
                splitHead = parts.Head;
                splitTail = parts.Tail;
                splitHead.SpaceBefore = item.SpaceBefore;
            }

            break;
        }

        if (taken == 0 && splitHead is null && force && Items.Count > 0)
        {
            // Nothing fits on a whole page: place the first item anyway (it overflows) so the row moves on.
            taken = 1;
        }

        var head = new List<FlowItem>(taken + 1);
        for (var i = 0; i < taken; i++)
        {
            head.Add(Items[i]);
        }

        if (splitHead is not null)
        {
            head.Add(splitHead);
        }

        var tail = new List<FlowItem>(Items.Count - taken + 1);
        if (splitTail is not null)
        {
            tail.Add(splitTail);
            taken++;
        }

        for (var i = taken; i < Items.Count; i++)
        {
            tail.Add(Items[i]);
        }

        return (new CellFlow(Node, head, 0), new CellFlow(Node, tail, TrailingSpace));
    }
}
