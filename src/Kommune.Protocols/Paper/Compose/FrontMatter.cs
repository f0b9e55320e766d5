using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>The front page: paper, body, municipality, date, time, place, attendance and the list of items.</summary>
internal static class FrontMatter
{
    public static void Compose(ComposeContext context, List<PaperBlock> into)
    {
        var meeting = context.Meeting;
        var words = context.Words;
        into.Add(new PaperHeading(HeadingRole.Title, context.PaperName));
        if (context.IsDraft)
        {
            into.Add(new PaperParagraph(ParagraphRole.DraftMark, words[WordKeys.DraftMark]));
        }

        var kind = meeting.Kind switch
        {
            MeetingKind.Extraordinary => " \u2013 " + words[WordKeys.ExtraordinaryMeeting],
            MeetingKind.Theme => " \u2013 " + words[WordKeys.ThemeMeeting],
            _ => string.Empty,
        };
        into.Add(new PaperParagraph(ParagraphRole.Subtitle, meeting.Body.Name + kind));
        into.Add(ComposeContext.Text(meeting.Municipality));

        into.Add(Field(words[WordKeys.Date], words.LongDate(meeting.Date)));
        if (meeting.Start is { } start)
        {
            into.Add(Field(words[WordKeys.Time], words.TimeRange(start, meeting.End)));
        }

        if (meeting.Location is { } location)
        {
            into.Add(Field(words[WordKeys.Location], location));
        }

        Attendance(context, into);
        if (context.Style.ShowContents && !meeting.Items.IsEmpty)
        {
            into.Add(new PaperHeading(HeadingRole.Front, words[WordKeys.Contents]));
            into.Add(new PaperTable(
                TableRole.Contents,
                [851, 9638 - 851 - 1418, 1418],
                hasHeaderRow: true,
                ContentsRows(context)));
        }
    }

    private static PaperParagraph Field(string label, string value) =>
        new(ParagraphRole.Field, [new PaperRun(label, bold: true), PaperRun.Tab, new PaperRun(value)]);

    private static void Attendance(ComposeContext context, List<PaperBlock> into)
    {
        var members = context.Meeting.Members;
        Group(AttendanceStatus.Present, WordKeys.Members);
        Group(null, WordKeys.Absent);

        void Group(AttendanceStatus? status, string headingKey)
        {
            var headed = false;
            foreach (var member in members)
            {
                if ((member.Attendance == AttendanceStatus.Present) != (status == AttendanceStatus.Present))
                {
                    continue;
                }

                if (!headed)
                {
                    into.Add(new PaperHeading(HeadingRole.Front, context.Words[headingKey]));
                    headed = true;
                }

                into.Add(ComposeContext.Text(MemberText.Describe(context.Words, member)));
            }
        }
    }

    private static IEnumerable<PaperRow> ContentsRows(ComposeContext context)
    {
        var words = context.Words;
        yield return new PaperRow([PaperCell.Text(words[WordKeys.ItemNumberColumn]), PaperCell.Text(words[WordKeys.ItemTitleColumn]), PaperCell.Text(words[WordKeys.AccessColumn])]);
        var open = words[WordKeys.Open];
        var closed = words[WordKeys.Closed];
        var supplementary = words[WordKeys.Supplementary];
        foreach (var row in Rows(context.Meeting.Items))
        {
            yield return row;
        }

        IEnumerable<PaperRow> Rows(ValueList<AgendaItem> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var title = item.Supplementary ? $"{item.Title} ({supplementary})" : item.Title;
                yield return new PaperRow([PaperCell.Text(item.Number.ToString()), PaperCell.Text(title), PaperCell.Text(item.Access == Access.Open ? open : closed)]);
                if (!item.SubItems.IsEmpty)
                {
                    foreach (var row in Rows(item.SubItems))
                    {
                        yield return row;
                    }
                }
            }
        }
    }
}
