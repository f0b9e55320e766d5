using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// The front page: paper, body and kind, a cancellation, municipality, date, time (or only the
/// end), the meeting's parts, place, the house style's own lines, attendance, suspensions, the
/// list of items and the notes before the items. The draft mark is in the header of every page, so not here a second time.
/// </summary>
internal static class FrontMatter
{
    public static void Compose(ComposeContext context, List<PaperBlock> into)
    {
        var meeting = context.Meeting;
        var words = context.Words;
        into.Add(new PaperHeading(HeadingRole.Title, context.PaperName));
        into.Add(new PaperParagraph(ParagraphRole.Subtitle, Subtitle(context)));
        // A reason given without the flag still says the meeting was cancelled: nothing the secretary wrote is dropped.
        if (meeting.Cancelled || meeting.CancellationReason is not null)
        {
            var cancelled = meeting.CancellationReason is { } reason
                ? words.Format(WordKeys.MeetingCancelledReason, ("reason", reason))
                : words[WordKeys.MeetingCancelled];
            into.Add(ComposeContext.Bold(cancelled));
        }

        into.Add(ComposeContext.Text(meeting.Municipality));
        // Many papers write one date line that names the body and the start (Ishøj Byråd tirsdag den
        // 7. februar 2023 kl. 17.00); the house style's template may use them.
        // A run-on date line may also name the place (den 22. marts 2023 kl. 13:00 i Regionsrådssalen), which is then not printed twice.
        var startText = meeting.Start is { } s ? words.Time(s) : string.Empty;
        var endText = meeting.End is { } e ? words.Time(e) : string.Empty;
        into.Add(Field(words[WordKeys.Date], words.Date(WordKeys.FrontDate, meeting.Date, ("body", meeting.Body.Name), ("start", startText), ("end", endText), ("location", meeting.Location ?? string.Empty))));
        if (meeting.Start is { } start)
        {
            into.Add(Field(words[WordKeys.Time], words.TimeRange(start, meeting.End)));
        }
        else if (meeting.End is { } end)
        {
            into.Add(Field(words[WordKeys.Time], words.Format(WordKeys.TimeUntil, ("end", words.Time(end)))));
        }

        foreach (var part in meeting.Parts)
        {
            var label = part.Label ?? words[part.Access == Access.Open ? WordKeys.OpenPart : WordKeys.ClosedPart];
            if (part.Start is not { } partStart)
            {
                into.Add(ComposeContext.Text(label));
            }
            else if (label.Contains('\t', StringComparison.Ordinal))
            {
                // A tab separates a field's label from its value, so a label typed with one is a line of its own.
                into.Add(ComposeContext.Text(words.Format(WordKeys.InlineLabel, ("label", label), ("value", words.TimeRange(partStart, part.End)))));
            }
            else
            {
                into.Add(Field(label, words.TimeRange(partStart, part.End)));
            }
        }

        if (meeting.Location is { } location && !words.Uses(WordKeys.FrontDate, "location"))
        {
            into.Add(Field(words[WordKeys.Location], location));
        }

        HouseLines.Compose(context, context.Style.FrontLines, into);

        Attendance(context, into);
        foreach (var suspension in meeting.Suspensions)
        {
            into.Add(ComposeContext.Text(Suspension(context, suspension)));
        }

        if (context.Style.ShowContents && !meeting.Items.IsEmpty)
        {
            Contents(context, into);
        }

        if (!meeting.Notes.IsEmpty)
        {
            into.Add(new PaperHeading(HeadingRole.Front, words[WordKeys.Notes]));
            RichTextComposer.Compose(context, meeting.Notes, into);
        }
    }

    private static string Subtitle(ComposeContext context)
    {
        var meeting = context.Meeting;
        var words = context.Words;
        var bodies = meeting.JointBodies.IsEmpty
            ? meeting.Body.Name
            : words.Names([meeting.Body.Name, .. meeting.JointBodies.Select(b => b.Name)]);
        return KindWord(context) is { Length: > 0 } kind ? $"{bodies} \u2013 {kind}" : bodies;
    }

    /// <summary>The meeting's kind as the paper names it; empty for an ordinary meeting unless the house style names it too.</summary>
    public static string KindWord(ComposeContext context)
    {
        var words = context.Words;
        return context.Meeting.Kind switch
        {
            MeetingKind.Extraordinary => words[WordKeys.ExtraordinaryMeeting],
            MeetingKind.Theme => words[WordKeys.ThemeMeeting],
            MeetingKind.BudgetFirstReading => words[WordKeys.BudgetFirstReading],
            MeetingKind.BudgetSecondReading => words[WordKeys.BudgetSecondReading],
            MeetingKind.Constituting => words[WordKeys.ConstitutingMeeting],
            MeetingKind.Joint => words[WordKeys.JointMeeting],
            MeetingKind.Ordinary => words[WordKeys.OrdinaryMeeting],
            _ => string.Empty,
        };
    }

    private static string Suspension(ComposeContext context, Suspension suspension)
    {
        var words = context.Words;
        var at = suspension.At is { } time ? words.Time(time) : "?";
        var text = suspension.ResumedAt is { } resumed
            ? words.Format(WordKeys.SuspendedAndResumed, ("time", at), ("resumed", words.Time(resumed)))
            : words.Format(WordKeys.Suspended, ("time", at));
        return suspension.Note is { } note ? $"{text} {note}" : text;
    }

    private static PaperParagraph Field(string label, string value) =>
        new(ParagraphRole.Field, [new PaperRun(label, bold: true), PaperRun.Tab, new PaperRun(value)]);

    private static void Attendance(ComposeContext context, List<PaperBlock> into)
    {
        var meeting = context.Meeting;
        var words = context.Words;
        var sentences = context.Style.AttendanceLayout == AttendanceLayout.Sentences;
        var present = meeting.Members.Where(m => m.Attendance == AttendanceStatus.Present).ToList();
        var absent = meeting.Members.Where(m => m.Attendance != AttendanceStatus.Present).ToList();

        // In sentences, the members absent with notice are named in one sentence. It says every other member was there, so
        // it names all of them and is used only when no member is absent otherwise; one with more to say (a reason) keeps a
        // line too. Substitutes are not the members it speaks of: one who did not come keeps a line.
        var absentMembers = absent.Where(m => m.Role != MemberRole.Substitute).ToList();
        var withNotice = sentences && absentMembers.Count > 0 && absentMembers.TrueForAll(m => m.Attendance == AttendanceStatus.AbsentWithNotice) ? absentMembers : [];
        var plainAbsent = withNotice.Where(AttendanceSentences.IsPlainAbsence).ToList();
        var sentenceLines = sentences ? AttendanceSentences.Compose(context, withNotice) : [];
        if (present.Count > 0 || meeting.AllMembersPresent || meeting.ActingChair is not null || sentenceLines.Count > 0)
        {
            into.Add(new PaperHeading(HeadingRole.Front, words[WordKeys.Members]));
            if (meeting.AllMembersPresent && withNotice.Count == 0)
            {
                into.Add(ComposeContext.Text(words[WordKeys.AllMembersPresent]));
            }

            foreach (var member in present)
            {
                into.Add(ComposeContext.Text(MemberText.Describe(context, member, sentences)));
            }

            foreach (var line in sentenceLines)
            {
                into.Add(ComposeContext.Text(line));
            }

            if (meeting.ActingChair is { } acting)
            {
                into.Add(ComposeContext.Text(words.Format(WordKeys.ActingChair, ("name", context.Name(acting)), ("titleAndName", context.TitleAndName(acting)))));
            }
        }

        var listed = absent.Except(plainAbsent).ToList();
        if (listed.Count > 0)
        {
            into.Add(new PaperHeading(HeadingRole.Front, words[WordKeys.Absent]));
            foreach (var member in listed)
            {
                into.Add(ComposeContext.Text(MemberText.Describe(context, member, sentences)));
            }
        }
    }

    private static void Contents(ComposeContext context, List<PaperBlock> into)
    {
        var words = context.Words;
        into.Add(new PaperHeading(HeadingRole.Front, words[WordKeys.Contents]));
        if (context.Style.ContentsGrouping != ContentsGrouping.OpenThenClosed)
        {
            into.Add(Table(context, static _ => true));
            return;
        }

        var items = context.Meeting.Items;
        if (items.Any(i => i.Access == Access.Open))
        {
            into.Add(new PaperParagraph(ParagraphRole.Label, words[WordKeys.OpenItems]));
            into.Add(Table(context, static item => item.Access == Access.Open));
        }

        if (items.Any(i => i.Access != Access.Open))
        {
            into.Add(new PaperParagraph(ParagraphRole.Label, words[WordKeys.ClosedItems]));
            into.Add(Table(context, static item => item.Access != Access.Open));
        }
    }

    private static PaperTable Table(ComposeContext context, Func<AgendaItem, bool> include) =>
        new(TableRole.Contents, [851, 9638 - 851 - 1418, 1418], hasHeaderRow: true, ContentsRows(context, include));

    private static IEnumerable<PaperRow> ContentsRows(ComposeContext context, Func<AgendaItem, bool> include)
    {
        var words = context.Words;
        yield return new PaperRow([PaperCell.Text(words[WordKeys.ItemNumberColumn]), PaperCell.Text(words[WordKeys.ItemTitleColumn]), PaperCell.Text(words[WordKeys.AccessColumn])]);
        var open = words[WordKeys.Open];
        var closed = words[WordKeys.Closed];
        var supplementary = words[WordKeys.Supplementary];
        foreach (var row in Rows(context.Meeting.Items, top: true))
        {
            yield return row;
        }

        IEnumerable<PaperRow> Rows(ValueList<AgendaItem> items, bool top)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (top && !include(item))
                {
                    continue;
                }

                var title = item.Supplementary ? $"{item.Title} ({supplementary})" : item.Title;
                yield return new PaperRow([PaperCell.Text(item.Number?.ToString() ?? string.Empty), PaperCell.Text(title), PaperCell.Text(item.Access == Access.Open ? open : closed)]);
                if (!item.SubItems.IsEmpty)
                {
                    foreach (var row in Rows(item.SubItems, top: false))
                    {
                        yield return row;
                    }
                }
            }
        }
    }
}
