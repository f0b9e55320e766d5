using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>The model's rich text as paper blocks, and the meeting-level tables placed by a block.</summary>
internal static class RichTextComposer
{
    public static void Compose(ComposeContext context, ValueList<Block> blocks, List<PaperBlock> into) => Compose(context, blocks, into, inTable: false);

    public static IReadOnlyList<PaperRun> Runs(ValueList<TextRun> runs)
    {
        var result = new PaperRun[runs.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new PaperRun(runs[i].Text, runs[i].Bold, runs[i].Italic);
        }

        return result;
    }

    private static void Compose(ComposeContext context, ValueList<Block> blocks, List<PaperBlock> into, bool inTable)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    into.Add(new PaperParagraph(ParagraphRole.Body, Runs(paragraph.Runs)));
                    break;
                case BulletList list:
                    into.Add(List(numbered: false, list.Items));
                    break;
                case NumberedList list:
                    into.Add(List(numbered: true, list.Items));
                    break;
                case Table table:
                    into.Add(Table(context, table));
                    break;

                // A table cell cannot hold the meeting's tables; they are then printed after the items.
                case TimePlanBlock when !inTable && context.Meeting.TimePlan is not null:
                    context.TimePlanPlaced = true;
                    into.Add(TimePlanComposer.Table(context, caption: context.Words[WordKeys.TimePlanHeading]));
                    break;
                case UpcomingMeetingsBlock when !inTable && !context.Meeting.UpcomingMeetings.IsEmpty:
                    context.UpcomingMeetingsPlaced = true;
                    into.Add(UpcomingMeetingsComposer.Table(context, caption: context.Words[WordKeys.UpcomingMeetingsHeading]));
                    break;
            }
        }
    }

    private static PaperList List(bool numbered, ValueList<ListItem> items)
    {
        var entries = new IReadOnlyList<PaperRun>[items.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = Runs(items[i].Runs);
        }

        return new PaperList(numbered, entries);
    }

    private static PaperTable Table(ComposeContext context, Table table)
    {
        var columns = 1;
        foreach (var row in table.Rows)
        {
            columns = Math.Max(columns, row.Cells.Count);
        }

        var rows = new PaperRow[table.Rows.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = table.Rows[r].Cells;
            var paperCells = new PaperCell[cells.Count];
            for (var c = 0; c < paperCells.Length; c++)
            {
                var content = new List<PaperBlock>();
                Compose(context, cells[c].Content, content, inTable: true);
                paperCells[c] = new PaperCell(content);
            }

            rows[r] = new PaperRow(paperCells);
        }

        return new PaperTable(TableRole.Content, Enumerable.Repeat(1, columns).ToArray(), table.HasHeaderRow, rows);
    }
}
