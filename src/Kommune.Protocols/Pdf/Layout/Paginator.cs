namespace Kommune.Protocols.Pdf.Layout;

/// <summary>
/// Places flow items on A4 pages, top to bottom: a page break where a heading asks for one, a
/// chain of keep-with-next items (a heading and the first line after it, a header row and the
/// first row) moved to the next page together when it does not fit, table rows kept whole when
/// they fit on a page and split between their lines when they do not, and a table's header row
/// repeated (as an artifact) at the top of each page the table continues on.
/// </summary>
internal sealed class Paginator
{
    private const double Epsilon = 0.001;

    // A row is not split into less room than this: it starts on the next page instead.
    private const double MinSplitRoom = 40;

    private readonly IEnumerator<FlowItem> source;
    private readonly List<FlowItem> lookahead = [];
    private readonly Queue<LaidPage> finished = new();
    private LaidPage? page;
    private double y;
    private bool pageEmpty;
    private TableInfo? currentTable;

    private Paginator(IEnumerator<FlowItem> source)
    {
        this.source = source;
        NewPage();
    }

    /// <summary>
    /// The pages, each handed out as soon as nothing more can be placed on it (the items are
    /// pulled as they are needed), so a caller that writes each page and lets it go keeps one page
    /// of laid-out text in memory, not the document's.
    /// </summary>
    public static IEnumerable<LaidPage> Pages(IEnumerable<FlowItem> items)
    {
        using var source = items.GetEnumerator();
        var paginator = new Paginator(source);
        while (paginator.Next() is { } item)
        {
            paginator.Place(item);
            while (paginator.finished.TryDequeue(out var done))
            {
                yield return done;
            }
        }

        yield return paginator.Current;
    }

    private LaidPage Current => page ?? throw new InvalidOperationException("No page has been started.");

    private FlowItem? Next()
    {
        if (lookahead.Count > 0)
        {
            var item = lookahead[0];
            lookahead.RemoveAt(0);
            return item;
        }

        return source.MoveNext() ? source.Current : null;
    }

    /// <summary>The item <paramref name="ahead"/> places after the one being placed (0: the next), or null at the end.</summary>
    private FlowItem? Peek(int ahead)
    {
        while (lookahead.Count <= ahead)
        {
            if (!source.MoveNext())
            {
                return null;
            }

            lookahead.Add(source.Current);
        }

        return lookahead[ahead];
    }

    private void Place(FlowItem item)
    {
        if (item.PageBreakBefore && !pageEmpty)
        {
            NewPage();
        }

        if (item.KeepWithNext)
        {
            KeepChain(item);
        }

        var gap = pageEmpty ? 0 : item.SpaceBefore;
        if (item is RowItem row)
        {
            PlaceRow(row, gap);
            return;
        }

        currentTable = null;
        if (!pageEmpty && y + gap + item.Height > PageGeometry.ContentBottom + Epsilon)
        {
            NewPage();
            gap = 0;
        }

        EmitFlowItem(item, PageGeometry.Left, y + gap, artifact: false);
        y += gap + item.Height;
        pageEmpty = false;
    }

    /// <summary>Starts a new page now when the chain of items kept together with <paramref name="item"/> does not fit here but fits on a page.</summary>
    private void KeepChain(FlowItem item)
    {
        var gap = pageEmpty ? 0 : item.SpaceBefore;
        var total = item.Height;
        var current = item;
        for (var ahead = 0; current.KeepWithNext && total <= PageGeometry.ContentHeight; ahead++)
        {
            if (Peek(ahead) is not { } next)
            {
                break;
            }

            // Of the item that ends the chain, only its first line (or a row's first few lines) must come along.
            total += next.SpaceBefore + (next.KeepWithNext || next is not RowItem ? next.Height : Math.Min(next.Height, MinSplitRoom));
            current = next;
        }

        if (!pageEmpty && y + gap + total > PageGeometry.ContentBottom + Epsilon && total <= PageGeometry.ContentHeight)
        {
            NewPage();
        }
    }

    private void PlaceRow(RowItem row, double gap)
    {
        if (pageEmpty && row.Table == currentTable)
        {
            RepeatHeader(row);
            gap = 0;
        }

        while (true)
        {
            var room = PageGeometry.ContentBottom - y - gap;
            if (row.Height <= room + Epsilon)
            {
                EmitRow(row, PageGeometry.Left, y + gap, artifact: false);
                y += gap + row.Height;
                pageEmpty = false;
                currentTable = row.Table;
                return;
            }

            var fresh = PageGeometry.ContentHeight - RepeatedHeaderHeight(row);
            if (!pageEmpty && (row.Height <= fresh + Epsilon || room < MinSplitRoom))
            {
                NextPageFor(row);
                gap = 0;
                continue;
            }

            // Taller than a page: as many lines of each cell as fit here, the rest on the next page.
            var parts = row.SplitAt(room, force: false);
            if (parts is null && !pageEmpty)
            {
                NextPageFor(row);
                gap = 0;
                continue;
            }

            var (head, tail) = parts ?? row.SplitAt(room, force: true)!.Value;
            EmitRow(head, PageGeometry.Left, y + gap, artifact: false);
            y += gap + head.Height;
            pageEmpty = false;
            currentTable = row.Table;
            NextPageFor(row);
            gap = 0;
            row = tail;
        }
    }

    private void NextPageFor(RowItem row)
    {
        NewPage();
        if (row.Table == currentTable)
        {
            RepeatHeader(row);
        }
    }

    private void RepeatHeader(RowItem row)
    {
        if (RepeatedHeaderHeight(row) > 0)
        {
            EmitRow(row.Table.HeaderRow!, PageGeometry.Left, y, artifact: true);
            y += row.Table.HeaderRow!.Height;
            pageEmpty = false;
        }
    }

    /// <summary>The height of the header row repeated above <paramref name="row"/> on a new page (none for nested tables and very tall headers).</summary>
    private static double RepeatedHeaderHeight(RowItem row) =>
        row.Table.HeaderRow is { } header && header != row && !row.Header && !row.Table.Nested && header.Height <= PageGeometry.ContentHeight / 3
            ? header.Height
            : 0;

    private void EmitFlowItem(FlowItem item, double x, double top, bool artifact)
    {
        if (item is RowItem row)
        {
            EmitRow(row, x, top, artifact);
            return;
        }

        // By index: a foreach over the interface would allocate an enumerator per line.
        var ops = ((LineItem)item).Ops;
        var placed = Current.Ops;
        for (var i = 0; i < ops.Count; i++)
        {
            placed.Add(new Placed(ops[i], x, top, artifact));
        }
    }

    private void EmitRow(RowItem row, double x, double top, bool artifact)
    {
        var table = row.Table;
        if (row.Header)
        {
            Current.Ops.Add(new Placed(new FillOp(0, 0, table.Width, row.Height, Rgb.HeaderFill), x, top, Artifact: true));
        }

        if (!artifact)
        {
            Current.Ops.Add(new Placed(new OpenOp(row.Node), x, top, Artifact: false));
        }

        for (var c = 0; c < row.Cells.Length; c++)
        {
            var cell = row.Cells[c];
            if (!artifact)
            {
                Current.Ops.Add(new Placed(new OpenOp(cell.Node), x, top, Artifact: false));
            }

            var cellX = x + table.ColumnX[c] + RowItem.PadLeft;
            var offset = top + RowItem.PadTop;
            for (var i = 0; i < cell.Items.Count; i++)
            {
                var item = cell.Items[i];
                offset += i == 0 ? 0 : item.SpaceBefore;
                EmitFlowItem(item, cellX, offset, artifact);
                offset += item.Height;
            }
        }

        if (!artifact)
        {
            // The row ends here: a continuation on the next page is a new row element.
            Current.Ops.Add(new Placed(new CloseOp(table.Node), x, top, Artifact: false));
        }

        var bottom = row.Height;
        Current.Ops.Add(new Placed(new LineOp(0, 0, table.Width, 0, PdfStyles.BorderWidth, Rgb.BorderGray), x, top, Artifact: true));
        Current.Ops.Add(new Placed(new LineOp(0, bottom, table.Width, bottom, PdfStyles.BorderWidth, Rgb.BorderGray), x, top, Artifact: true));
        for (var c = 0; c <= table.ColumnX.Length; c++)
        {
            var edge = c < table.ColumnX.Length ? table.ColumnX[c] : table.Width;
            Current.Ops.Add(new Placed(new LineOp(edge, 0, edge, bottom, PdfStyles.BorderWidth, Rgb.BorderGray), x, top, Artifact: true));
        }
    }

    private void NewPage()
    {
        if (page is not null)
        {
            finished.Enqueue(page);
        }

        // A page holds about as many operations as the one before it.
        page = new LaidPage(page?.Ops.Count ?? 16);
        y = PageGeometry.Top;
        pageEmpty = true;
    }
}
