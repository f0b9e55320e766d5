using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>Coming meetings as a <i>Dato | Punkter</i> table, topics as a bullet list in the cell.</summary>
internal static class UpcomingMeetingsComposer
{
    public static PaperTable Table(ComposeContext context, string? caption)
    {
        var words = context.Words;
        var meetings = context.Meeting.UpcomingMeetings;
        var rows = new List<PaperRow>(meetings.Count + 1)
        {
            new([PaperCell.Text(words[WordKeys.Date]), PaperCell.Text(words[WordKeys.TopicsColumn])]),
        };

        foreach (var meeting in meetings)
        {
            var date = new List<PaperBlock> { ComposeContext.Text(words.Date(WordKeys.DateDayMonth, meeting.Date)) };
            if (meeting.Start is { } start)
            {
                date.Add(ComposeContext.Text(words.TimeRange(start, meeting.End)));
            }

            if (meeting.Note is { } note)
            {
                date.Add(ComposeContext.Text(note));
            }

            var topics = new PaperList(numbered: false, meeting.Topics.Select(t => (IReadOnlyList<PaperRun>)[new PaperRun(t)]).ToList());
            rows.Add(new([new PaperCell(date), new PaperCell([topics])]));
        }

        return new PaperTable(TableRole.UpcomingMeetings, [2268, 9638 - 2268], hasHeaderRow: true, rows, caption);
    }
}
