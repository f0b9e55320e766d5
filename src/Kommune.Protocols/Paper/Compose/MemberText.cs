using System.Globalization;
using System.Text;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// A member as the attendance list prints them: <c>Erik Nielsen (A), formand</c>;
/// <c>Bo Hansen (V), afbud (ferie)</c>; <c>Ida Holm (V), 1. stedfortræder, liste V, stedfortræder
/// for Bo Hansen (V)</c>; <c>Mogens Brauer (C), fraværende under punkt 171-180</c>.
/// </summary>
internal static class MemberText
{
    /// <param name="context">The composition.</param>
    /// <param name="member">The member.</param>
    /// <param name="sentences">Attendance is also written as sentences: the substitution of a substitute who came and the movements are said there, not here.</param>
    public static string Describe(ComposeContext context, Member member, bool sentences)
    {
        var words = context.Words;
        var text = new StringBuilder();
        var role = member.Role switch
        {
            MemberRole.Chair => words[WordKeys.Chair],
            MemberRole.ViceChair => words[WordKeys.ViceChair],
            _ => null,
        };
        // A title that already names the role (1. næstformand) is not followed by the role a second time.
        if (role is not null && member.Title is { } title && title.Contains(role, StringComparison.OrdinalIgnoreCase))
        {
            role = null;
        }

        var roleBefore = role is not null && context.Style.RoleBeforeName;
        if (roleBefore)
        {
            text.Append(Words.Capitalize(role!)).Append(' ');
        }

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
        if (role is not null && !roleBefore)
        {
            notes.Add(role);
        }

        if (member.SubstituteRank is { } rank)
        {
            notes.Add(words.Format(WordKeys.SubstituteRank, ("rank", rank.ToString(CultureInfo.InvariantCulture))));
        }

        if (member.SubstituteList is { } list)
        {
            notes.Add(words.Format(WordKeys.SubstituteList, ("list", list)));
        }

        // Printed whenever recorded, whatever the role: the paper never drops what the secretary wrote.
        if (member.SubstituteFor is not null && !(sentences && AttendanceSentences.SaysSubstitution(member)))
        {
            notes.Add(words.Format(WordKeys.SubstituteFor, ("name", context.Name(member.SubstituteFor))));
        }

        var status = member.Attendance switch
        {
            AttendanceStatus.Present => null,
            AttendanceStatus.AbsentWithNotice => words[member.NoticeOnTheDay ? WordKeys.NoticeOnTheDay : WordKeys.AbsentWithNotice],
            AttendanceStatus.AbsentWithoutNotice => words[WordKeys.AbsentWithoutNotice],
            AttendanceStatus.CalledButAbsent => words[WordKeys.CalledButAbsent],
            _ => words[WordKeys.AbsentUnknown],
        };

        // The reason reads as a note to the status (afbud (ferie)), and stands alone when there is no absence.
        var attendance = (status, member.AbsenceReason) switch
        {
            ({ } s, { } r) => words.Format(WordKeys.AbsenceReason, ("status", s), ("reason", r)),
            ({ } s, null) => s,
            (null, { } r) => r,
            _ => null,
        };
        if (attendance is not null)
        {
            notes.Add(attendance);
        }

        foreach (var range in member.AbsentItems)
        {
            notes.Add(words.Format(WordKeys.AbsentForItems, ("range", Range(words, range.From, range.To))));
        }

        if (member.Partial is { } partial)
        {
            Partial(words, partial, notes);
        }

        if (!sentences)
        {
            foreach (var movement in member.Movements)
            {
                notes.Add(Movement(words, movement));
            }
        }

        foreach (var note in notes)
        {
            text.Append(", ").Append(note);
        }

        return text.ToString();
    }

    /// <summary><c>171-180</c>; an open end is said in words (<c>9 og frem</c>, <c>til og med 4</c>), never a dangling hyphen.</summary>
    public static string Range(Words words, ItemNumber? from, ItemNumber? to) => (from, to) switch
    {
        ({ } f, { } t) => words.Format(WordKeys.ItemRange, ("from", f.ToString()), ("to", t.ToString())),
        ({ } f, null) => words.Format(WordKeys.ItemRangeFrom, ("from", f.ToString())),
        (null, { } t) => words.Format(WordKeys.ItemRangeTo, ("to", t.ToString())),
        _ => string.Empty,
    };

    /// <summary><c>forlod mødet, kl. 15.00, under punkt 9</c>, in the house style's words.</summary>
    public static string Movement(Words words, AttendanceChange movement)
    {
        var when = new StringBuilder();
        if (movement.At is { } at)
        {
            // {hour} and {minute} let a paper write these times in another style than its header (13:00, but forlod mødet kl. 15.00).
            when.Append(words.Format(WordKeys.MovementTime, ("time", words.Time(at)), ("hour", at.Hour.ToString(CultureInfo.InvariantCulture)), ("minute", at.Minute.ToString("00", CultureInfo.InvariantCulture))));
        }

        if (movement.Item is { } item)
        {
            var key = movement.Timing switch
            {
                MovementTiming.After => WordKeys.MovementAfter,
                MovementTiming.Before => WordKeys.MovementBefore,
                _ => WordKeys.MovementDuring,
            };
            when.Append(words.Format(key, ("number", item.ToString())));
        }

        var text = words.Format(movement.Kind == MovementKind.Arrived ? WordKeys.Arrived : WordKeys.Left, ("when", when.ToString()));
        return movement.Note is { } note ? $"{text} ({note})" : text;
    }

    private static void Partial(Words words, PartialAttendance partial, List<string> notes)
    {
        if (partial.Note is not null)
        {
            notes.Add(partial.Note);
            return;
        }

        switch (partial.FromItem, partial.ToItem)
        {
            case ({ } from, { } to):
                notes.Add(words.Format(WordKeys.AttendedItems, ("from", from.ToString()), ("to", to.ToString())));
                break;
            case ({ } from, null):
                notes.Add(words.Format(WordKeys.AttendedFromItem, ("from", from.ToString())));
                break;
            case (null, { } to):
                notes.Add(words.Format(WordKeys.AttendedToItem, ("to", to.ToString())));
                break;
        }

        if (partial.From is { } fromTime)
        {
            notes.Add(words.Format(WordKeys.AttendedFrom, ("time", words.Time(fromTime))));
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
