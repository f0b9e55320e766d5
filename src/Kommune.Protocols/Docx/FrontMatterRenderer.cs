using System.Text;
using DocumentFormat.OpenXml;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Docx;

/// <summary>The front page: paper, body, municipality, date, time, place, attendance and the list of items.</summary>
internal static class FrontMatterRenderer
{
    public static void Write(RenderContext context)
    {
        var meeting = context.Meeting;
        var labels = context.Labels;
        context.Write(Ooxml.Text(StyleIds.Title, RenderContext.PaperName(labels, context.Paper)));
        if (context.IsDraft)
        {
            context.Write(Ooxml.Text(StyleIds.DraftMark, labels.DraftMark));
        }

        var kind = meeting.Kind switch
        {
            MeetingKind.Extraordinary => " \u2013 " + labels.ExtraordinaryMeeting,
            MeetingKind.Theme => " \u2013 " + labels.ThemeMeeting,
            _ => string.Empty,
        };
        context.Write(Ooxml.Text(StyleIds.Subtitle, meeting.Body.Name + kind));
        context.Write(Ooxml.Text(null, meeting.Municipality));

        Field(context, labels.Date, context.LongDate(meeting.Date));
        if (meeting.Start is { } start)
        {
            Field(context, labels.Time, context.TimeRange(start, meeting.End));
        }

        if (meeting.Location is { } location)
        {
            Field(context, labels.Location, location);
        }

        Attendance(context);
        Contents(context);
    }

    private static void Field(RenderContext context, string label, string value) =>
        context.Write(Ooxml.Paragraph(StyleIds.FrontField, Ooxml.Run(label, bold: true), Ooxml.Tab(), Ooxml.Run(value)));

    private static void Attendance(RenderContext context)
    {
        var labels = context.Labels;
        var present = context.Meeting.Members.AsSpan().ToArray().Where(m => m.Attendance == AttendanceStatus.Present).ToList();
        var absent = context.Meeting.Members.AsSpan().ToArray().Where(m => m.Attendance != AttendanceStatus.Present).ToList();
        if (present.Count > 0)
        {
            context.Write(Ooxml.Text(StyleIds.FrontHeading, labels.Members));
            foreach (var member in present)
            {
                context.Write(Ooxml.Text(null, Describe(context, member)));
            }
        }

        if (absent.Count > 0)
        {
            context.Write(Ooxml.Text(StyleIds.FrontHeading, labels.Absent));
            foreach (var member in absent)
            {
                context.Write(Ooxml.Text(null, Describe(context, member)));
            }
        }
    }

    /// <summary><c>Erik Nielsen (A), formand</c>; <c>Bo Hansen (V), afbud pga. ferie</c>.</summary>
    internal static string Describe(RenderContext context, Member member)
    {
        var labels = context.Labels;
        var text = new StringBuilder();
        if (member.Title is not null)
        {
            text.Append(member.Title).Append(' ');
        }

        text.Append(member.Name);
        if (member.Party is not null)
        {
            text.Append(" (").Append(member.Party).Append(')');
        }

        var notes = new List<string>();
        switch (member.Role)
        {
            case MemberRole.Chair:
                notes.Add(labels.Chair);
                break;
            case MemberRole.ViceChair:
                notes.Add(labels.ViceChair);
                break;
        }

        // Printed whenever recorded, whatever the role: the paper never drops what the secretary wrote.
        if (member.SubstituteFor is not null)
        {
            notes.Add(Ooxml.Fill(labels.SubstituteFor, "name", member.SubstituteFor));
        }

        var status = member.Attendance switch
        {
            AttendanceStatus.AbsentWithNotice => member.NoticeOnTheDay ? labels.NoticeOnTheDay : labels.AbsentWithNotice,
            AttendanceStatus.AbsentWithoutNotice => labels.AbsentWithoutNotice,
            AttendanceStatus.CalledButAbsent => labels.CalledButAbsent,
            _ => null,
        };

        // The reason follows the status, and is printed on its own when there is no absence status.
        var attendance = string.Join(' ', new[] { status, member.AbsenceReason }.OfType<string>());
        if (attendance.Length > 0)
        {
            notes.Add(attendance);
        }

        if (member.Partial is { } partial)
        {
            if (partial.Note is not null)
            {
                notes.Add(partial.Note);
            }
            else
            {
                if (partial.FromItem is not null || partial.ToItem is not null)
                {
                    notes.Add(Ooxml.Fill(Ooxml.Fill(labels.AttendedItems, "from", partial.FromItem?.ToString() ?? string.Empty), "to", partial.ToItem?.ToString() ?? string.Empty));
                }

                if (partial.From is { } from)
                {
                    notes.Add(Ooxml.Fill(labels.AttendedFrom, "time", Formatting.DanishFormat.Time(from)));
                }

                if (partial.Until is { } until)
                {
                    notes.Add(Ooxml.Fill(labels.AttendedUntil, "time", Formatting.DanishFormat.Time(until)));
                }

                if (partial.AbsentFromClosedPart)
                {
                    notes.Add(labels.AbsentFromClosedPart);
                }
            }
        }

        foreach (var note in notes)
        {
            text.Append(", ").Append(note);
        }

        return text.ToString();
    }

    private static void Contents(RenderContext context)
    {
        var labels = context.Labels;
        if (context.Meeting.Items.IsEmpty)
        {
            return;
        }

        context.Write(Ooxml.Text(StyleIds.FrontHeading, labels.Contents));
        var rows = new List<IReadOnlyList<IEnumerable<OpenXmlElement>>>
        {
            new[] { Cell(labels.ItemNumberColumn), Cell(labels.ItemTitleColumn), Cell(labels.AccessColumn) },
        };
        AddRows(context, context.Meeting.Items, rows);
        context.Write(Ooxml.Table([851, StyleIds.TextWidth - 851 - 1418, 1418], hasHeaderRow: true, rows));
    }

    private static void AddRows(RenderContext context, ValueList<AgendaItem> items, List<IReadOnlyList<IEnumerable<OpenXmlElement>>> rows)
    {
        foreach (var item in items)
        {
            var title = item.Supplementary ? $"{item.Title} ({context.Labels.Supplementary})" : item.Title;
            rows.Add([Cell(item.Number.ToString()), Cell(title), Cell(item.Access == Access.Closed ? context.Labels.Closed : context.Labels.Open)]);
            AddRows(context, item.SubItems, rows);
        }
    }

    private static OpenXmlElement[] Cell(string text) => [Ooxml.Text(StyleIds.TableText, text)];
}
