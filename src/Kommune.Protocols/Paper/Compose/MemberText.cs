using System.Text;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>A member as the attendance list prints them: <c>Erik Nielsen (A), formand</c>; <c>Bo Hansen (V), afbud pga. ferie</c>.</summary>
internal static class MemberText
{
    public static string Describe(Words words, Member member)
    {
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
                notes.Add(words[WordKeys.Chair]);
                break;
            case MemberRole.ViceChair:
                notes.Add(words[WordKeys.ViceChair]);
                break;
        }

        // Printed whenever recorded, whatever the role: the paper never drops what the secretary wrote.
        if (member.SubstituteFor is not null)
        {
            notes.Add(words.Format(WordKeys.SubstituteFor, ("name", member.SubstituteFor)));
        }

        var status = member.Attendance switch
        {
            AttendanceStatus.AbsentWithNotice => words[member.NoticeOnTheDay ? WordKeys.NoticeOnTheDay : WordKeys.AbsentWithNotice],
            AttendanceStatus.AbsentWithoutNotice => words[WordKeys.AbsentWithoutNotice],
            AttendanceStatus.CalledButAbsent => words[WordKeys.CalledButAbsent],
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
            Partial(words, partial, notes);
        }

        foreach (var note in notes)
        {
            text.Append(", ").Append(note);
        }

        return text.ToString();
    }

    private static void Partial(Words words, PartialAttendance partial, List<string> notes)
    {
        if (partial.Note is not null)
        {
            notes.Add(partial.Note);
            return;
        }

        if (partial.FromItem is not null || partial.ToItem is not null)
        {
            notes.Add(words.Format(WordKeys.AttendedItems, ("from", partial.FromItem?.ToString() ?? string.Empty), ("to", partial.ToItem?.ToString() ?? string.Empty)));
        }

        if (partial.From is { } from)
        {
            notes.Add(words.Format(WordKeys.AttendedFrom, ("time", words.Time(from))));
        }

        if (partial.Until is { } until)
        {
            notes.Add(words.Format(WordKeys.AttendedUntil, ("time", words.Time(until))));
        }

        if (partial.AbsentFromClosedPart)
        {
            notes.Add(words[WordKeys.AbsentFromClosedPart]);
        }
    }
}
