using DocumentFormat.OpenXml;
using Kommune.Protocols.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Docx;

/// <summary>Rich text blocks: paragraphs with bold/italic runs, real Word lists, tables, and the meeting-level blocks.</summary>
internal static class RichTextRenderer
{
    public static void Write(RenderContext context, ValueList<Block> blocks)
    {
        var afterTable = false;
        foreach (var block in blocks)
        {
            var elements = Render(context, block, inTable: false, width: StyleIds.TextWidth).ToList();
            if (afterTable && elements.Count > 0 && elements[0] is W.Paragraph first)
            {
                // Word has no space below a table; the paragraph after one gets it above instead.
                first.ParagraphProperties ??= new W.ParagraphProperties();
                first.ParagraphProperties.Append(new W.SpacingBetweenLines { Before = "160" });
            }

            context.Write(elements);
            afterTable = elements.Count > 0 && elements[^1] is W.Table;
        }
    }

    public static List<OpenXmlElement> Render(RenderContext context, ValueList<Block> blocks, bool inTable, int width)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            elements.AddRange(Render(context, block, inTable, width));
        }

        return elements;
    }

    public static IEnumerable<OpenXmlElement> BulletList(IEnumerable<ListItem> items) =>
        items.Select(item => Ooxml.Paragraph(StyleIds.ListBullet, Ooxml.Runs(item.Runs), StyleIds.BulletNumId)).ToList();

    public static IEnumerable<OpenXmlElement> NumberedList(RenderContext context, IEnumerable<ListItem> items)
    {
        var numId = context.NextNumberedList();
        return items.Select(item => Ooxml.Paragraph(StyleIds.ListNumber, Ooxml.Runs(item.Runs), numId)).ToList();
    }

    private static IEnumerable<OpenXmlElement> Render(RenderContext context, Block block, bool inTable, int width)
    {
        var paragraphStyle = inTable ? StyleIds.TableText : null;
        switch (block)
        {
            case Model.Paragraph paragraph:
                return [Ooxml.Paragraph(paragraphStyle, Ooxml.Runs(paragraph.Runs))];
            case Model.BulletList list:
                return BulletList(list.Items);
            case Model.NumberedList list:
                return NumberedList(context, list.Items);
            case Model.Table table:
                return [Table(context, table, width)];
            case TimePlanBlock when !inTable && context.Meeting.TimePlan is { } plan:
                context.TimePlanWritten = true;
                return [TimePlanRenderer.Render(context, plan)];
            case UpcomingMeetingsBlock when !inTable && !context.Meeting.UpcomingMeetings.IsEmpty:
                context.UpcomingMeetingsWritten = true;
                return [UpcomingMeetingsRenderer.Render(context, context.Meeting.UpcomingMeetings)];
            default:
                return [];
        }
    }

    private static W.Table Table(RenderContext context, Model.Table table, int width)
    {
        var columns = Math.Max(1, table.Rows.Count == 0 ? 1 : table.Rows.AsSpan().ToArray().Max(r => r.Cells.Count));
        var widths = Enumerable.Repeat(width / columns, columns).ToArray();
        var rows = table.Rows.AsSpan().ToArray()
            .Select(row => (IReadOnlyList<IEnumerable<OpenXmlElement>>)row.Cells.AsSpan().ToArray()
                .Select(cell => (IEnumerable<OpenXmlElement>)Render(context, cell.Content, inTable: true, widths[0] - 170))
                .ToList());
        return Ooxml.Table(widths, table.HasHeaderRow, rows);
    }
}
