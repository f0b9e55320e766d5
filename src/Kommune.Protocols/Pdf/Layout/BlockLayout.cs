using System.Globalization;
using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Pdf.Text;

namespace Kommune.Protocols.Pdf.Layout;

/// <summary>
/// Turns the paper's blocks into flow items for a column of a given width: headings, paragraphs
/// and list items become lines with their structure (H1-H3, P, L/LI/Lbl/LBody, and a Span with
/// ActualText around stand-in characters), tables become rows whose cells are laid out by a
/// nested layout, the signature block becomes a line to sign on and the names under it. Items
/// are produced lazily, block by block, so a table's rows are read once as they are needed.
/// </summary>
internal sealed class BlockLayout(double width, StructureNode? parent, bool inCell, bool boldText = false)
{
    private double pendingAfter;
    private bool first = true;
    private bool afterTable;

    /// <summary>The space after the last block laid out (a cell keeps it below its text).</summary>
    public double LastSpaceAfter => afterTable ? 0 : pendingAfter;

    public IEnumerable<FlowItem> Items(IEnumerable<PaperBlock> blocks)
    {
        foreach (var block in blocks)
        {
            var firstOfBlock = true;
            var (before, items) = Block(block);
            foreach (var item in items)
            {
                if (firstOfBlock)
                {
                    item.SpaceBefore = first ? 0 : Math.Max(afterTable ? PdfStyles.AfterTable : pendingAfter, before);
                    firstOfBlock = false;
                    first = false;
                }

                yield return item;
            }

            if (!firstOfBlock)
            {
                afterTable = block is PaperTable;
                pendingAfter = After(block);
            }
        }
    }

    private (double Before, IEnumerable<FlowItem> Items) Block(PaperBlock block) => block switch
    {
        PaperHeading heading => (PdfStyles.For(heading.Role).SpaceBefore, Heading(heading)),
        PaperParagraph paragraph => (Style(paragraph).SpaceBefore, Paragraph(paragraph)),
        PaperList list => (PdfStyles.ListItem.SpaceBefore, List(list)),
        PaperTable table => (0, Table(table)),
        PaperSignatures signatures => (PdfStyles.SignatureLine.SpaceBefore, Signatures(signatures)),
        _ => (0, []),
    };

    private double After(PaperBlock block) => block switch
    {
        PaperHeading heading => PdfStyles.For(heading.Role).SpaceAfter,
        PaperParagraph paragraph => Style(paragraph).SpaceAfter,
        PaperList => PdfStyles.ListItem.SpaceAfter,
        PaperSignatures => PdfStyles.Signature.SpaceAfter,
        _ => 0,
    };

    private BlockStyle Style(PaperParagraph paragraph) => PdfStyles.For(paragraph.Role, inCell, width);

    private List<FlowItem> Heading(PaperHeading heading)
    {
        var style = PdfStyles.For(heading.Role);
        var node = new StructureNode(heading.Level switch { 1 => StructureTag.H1, 2 => StructureTag.H2, _ => StructureTag.H3 }, parent);
        var items = Lines(style, [new StyledRun(heading.Text, style.FaceFor(false, false))], node, outline: inCell ? null : new OutlineOp(heading.Level, heading.Text));
        if (!inCell)
        {
            items[0].PageBreakBefore = heading.PageBreakBefore;
        }

        return items;
    }

    private List<FlowItem> Paragraph(PaperParagraph paragraph)
    {
        var style = Style(paragraph);
        if (paragraph.Role == ParagraphRole.SignatureLine)
        {
            return [SignatureLine()];
        }

        var runs = new List<StyledRun>(paragraph.Runs.Count);
        foreach (var run in paragraph.Runs)
        {
            runs.Add(new StyledRun(run.Text, style.FaceFor(run.Bold || boldText, run.Italic)));
        }

        return Lines(style, runs, new StructureNode(StructureTag.P, parent), outline: null);
    }

    /// <summary>A paragraph's lines as items; a paragraph with nothing to draw is an empty line with no structure element.</summary>
    private List<FlowItem> Lines(BlockStyle style, IReadOnlyList<StyledRun> runs, StructureNode node, OutlineOp? outline)
    {
        var lines = LineBreaker.Break(runs, style.Lines(width));
        var items = new List<FlowItem>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var ops = new List<DrawOp>(lines[i].Count + 1);
            if (i == 0 && outline is not null)
            {
                ops.Add(outline);
            }

            Draw(lines[i], node, style, ops);
            items.Add(new LineItem(style.LineHeight, ops)
            {
                KeepWithNext = i < lines.Count - 1 ? style.KeepLines : style.KeepWithNext,
            });
        }

        return items;
    }

    private static void Draw(IReadOnlyList<LinePiece> pieces, StructureNode node, BlockStyle style, List<DrawOp> ops)
    {
        foreach (var piece in pieces)
        {
            var owner = piece.ActualText is null ? node : new StructureNode(StructureTag.Span, node) { ActualText = piece.ActualText };
            ops.Add(new TextOp(owner, piece.X, style.Baseline, piece.Face, style.Size, piece.Text, style.Color));
        }
    }

    private IEnumerable<FlowItem> List(PaperList list)
    {
        if (list.Items.Count == 0)
        {
            yield break;
        }

        var style = PdfStyles.ListItem;
        var listNode = new StructureNode(StructureTag.L, parent);
        var labelMap = GlyphMap.For(style.FaceFor(boldText, false));
        for (var k = 0; k < list.Items.Count; k++)
        {
            var itemNode = new StructureNode(StructureTag.LI, listNode);
            var label = list.Numbered ? (k + 1).ToString(CultureInfo.InvariantCulture) + "." : "\u2022";

            // A label wider than the hanging indent pushes the text along, as a tab would.
            var textStart = Math.Max(style.LeftIndent, labelMap.Width(label, style.Size) + 4);
            var runs = new List<StyledRun>(list.Items[k].Count);
            foreach (var run in list.Items[k])
            {
                runs.Add(new StyledRun(run.Text, style.FaceFor(run.Bold || boldText, run.Italic)));
            }

            var format = style.Lines(width);
            var lines = LineBreaker.Break(runs, new LineFormat
            {
                Size = format.Size,
                FirstLineStart = textStart,
                LineStart = textStart,
                LineEnd = format.LineEnd,
                TabStops = format.TabStops,
            });
            var bodyNode = new StructureNode(StructureTag.LBody, itemNode);
            for (var i = 0; i < lines.Count; i++)
            {
                var ops = new List<DrawOp>(lines[i].Count + 1);
                if (i == 0)
                {
                    ops.Add(new TextOp(new StructureNode(StructureTag.Lbl, itemNode), 0, style.Baseline, style.FaceFor(boldText, false), style.Size, label, style.Color));
                }

                Draw(lines[i], bodyNode, style, ops);
                yield return new LineItem(style.LineHeight, ops);
            }
        }
    }

    private IEnumerable<FlowItem> Signatures(PaperSignatures signatures)
    {
        var firstLine = true;
        foreach (var signatory in signatures.Signatories)
        {
            var line = SignatureLine();
            if (!firstLine)
            {
                line.SpaceBefore = Math.Max(PdfStyles.Signature.SpaceAfter, PdfStyles.SignatureLine.SpaceBefore);
            }

            firstLine = false;
            yield return line;
            var gap = PdfStyles.SignatureLine.SpaceAfter;
            foreach (var text in signatory.Approval is { } approval ? [signatory.Name, approval] : new[] { signatory.Name })
            {
                var style = PdfStyles.Signature;
                foreach (var item in Lines(style, [new StyledRun(text, style.FaceFor(boldText, false))], new StructureNode(StructureTag.P, parent), outline: null))
                {
                    item.SpaceBefore = gap;
                    gap = 0;
                    yield return item;
                }
            }
        }
    }

    /// <summary>The line to sign on: an empty line with a rule one point below it, kept with the name under it.</summary>
    private LineItem SignatureLine()
    {
        var style = PdfStyles.SignatureLine;
        var rule = style.LineHeight + 1;
        return new LineItem(rule + PdfStyles.SignatureRuleWidth, [new LineOp(0, rule, width - style.RightIndent, rule, PdfStyles.SignatureRuleWidth, Rgb.Black)])
        {
            KeepWithNext = true,
        };
    }

    private IEnumerable<FlowItem> Table(PaperTable table)
    {
        var weights = table.ColumnWeights;
        var sum = 0.0;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        var columns = weights.Count;
        var columnX = new double[columns];
        var columnWidths = new double[columns];
        var left = 0.0;
        for (var c = 0; c < columns; c++)
        {
            columnX[c] = left;
            columnWidths[c] = width * weights[c] / Math.Max(1, sum);
            left += columnWidths[c];
        }

        var info = new TableInfo(new StructureNode(StructureTag.Table, parent) { Summary = table.Caption }, width, columnX, columnWidths) { Nested = inCell };
        var header = table.HasHeaderRow;
        foreach (var row in table.Rows)
        {
            var rowNode = new StructureNode(StructureTag.TR, info.Node);
            var cells = new CellFlow[columns];
            for (var c = 0; c < columns; c++)
            {
                var cellNode = new StructureNode(header ? StructureTag.TH : StructureTag.TD, rowNode) { Scope = header ? "Column" : null };
                var content = new BlockLayout(columnWidths[c] - RowItem.PadLeft - RowItem.PadRight, cellNode, inCell: true, boldText: header);
                var items = c < row.Cells.Count ? content.Items(row.Cells[c].Blocks).ToList() : [];
                cells[c] = new CellFlow(cellNode, items, content.LastSpaceAfter);
            }

            var item = new RowItem(info, rowNode, header, cells) { KeepWithNext = header };
            if (header)
            {
                info.HeaderRow = item;
            }

            header = false;
            yield return item;
        }
    }
}
