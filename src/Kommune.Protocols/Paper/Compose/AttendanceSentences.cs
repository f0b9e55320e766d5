using Kommune.Protocols.Model;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// Attendance as sentences (<see cref="AttendanceLayout.Sentences"/>): the members absent with
/// notice in one sentence, each substitute, each absent member no substitute stood in for (in a
/// meeting that has substitutes), and each arrival or departure.
/// </summary>
internal static class AttendanceSentences
{
    /// <summary>Absent with notice and nothing more recorded, so the name in the sentence says it all (no list line).</summary>
    public static bool IsPlainAbsence(Member member) =>
        member.Attendance == AttendanceStatus.AbsentWithNotice
        && !member.NoticeOnTheDay
        && member.AbsenceReason is null
        && member.Title is null
        && member.Role is MemberRole.Member
        && member.SubstituteFor is null && member.SubstituteRank is null && member.SubstituteList is null
        && member.Partial is null && member.AbsentItems.IsEmpty && member.Movements.IsEmpty;

    /// <summary>Whether the list line leaves the substitution to a sentence (only a substitute who came gets one).</summary>
    public static bool SaysSubstitution(Member member) => member.Attendance == AttendanceStatus.Present && member.SubstituteFor is not null;

    /// <summary>The sentences; <paramref name="withNotice"/> are every absent member, all absent with notice (or none).</summary>
    public static List<string> Compose(ComposeContext context, IReadOnlyList<Member> withNotice)
    {
        var words = context.Words;
        var members = context.Meeting.Members;
        var lines = new List<string>();
        if (withNotice.Count > 0)
        {
            lines.Add(words.Format(WordKeys.AllPresentExcept, ("names", words.Names([.. withNotice.Select(context.Name)]))));
        }

        var stoodInFor = new HashSet<Member>(ReferenceEqualityComparer.Instance);
        foreach (var member in members)
        {
            if (member.SubstituteFor is { } reference)
            {
                if (context.Attendance.Find(reference) is { } replaced)
                {
                    stoodInFor.Add(replaced);
                }

                if (SaysSubstitution(member))
                {
                    lines.Add(words.Format(WordKeys.SubstituteAttended, ("name", context.Name(member)), ("member", context.Name(reference))));
                }
            }
        }

        if (stoodInFor.Count > 0)
        {
            foreach (var member in members)
            {
                if (member.Attendance != AttendanceStatus.Present && member.Role != MemberRole.Substitute && member.SubstituteFor is null && !stoodInFor.Contains(member))
                {
                    lines.Add(words.Format(WordKeys.NoSubstitute, ("name", context.Name(member))));
                }
            }
        }

        foreach (var member in members)
        {
            foreach (var movement in member.Movements)
            {
                lines.Add(words.Format(WordKeys.MovementSentence, ("name", context.Name(member)), ("movement", MemberText.Movement(words, movement))));
            }
        }

        return lines;
    }
}
