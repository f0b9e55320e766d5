using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class SubstituteStandsIn() : Rule("KP402", Severity.Error, "A substitute stands in for a named member who is absent.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var members = context.Meeting.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.Role != MemberRole.Substitute && member.SubstituteFor is null)
            {
                continue;
            }

            if (member.SubstituteFor is not { } stoodFor || !context.MemberNames.Contains(stoodFor))
            {
                yield return new Finding($"members[{i}].substituteFor", ("name", member.Name));
            }
            else if (context.PresentMembers.Contains(stoodFor) && member.Attendance == AttendanceStatus.Present && !Conflicted(context.Meeting.Items, stoodFor, members))
            {
                var stoodForName = members.FirstOrDefault(m => m.Reference == stoodFor)?.Name ?? stoodFor;
                yield return Finding.Keyed($"members[{i}].substituteFor", "KP402Present", ("member", stoodForName), ("name", member.Name));
            }
        }
    }

    // A member who attends but is disqualified (inhabil) on an item is replaced by a substitute for
    // it (styrelsesloven § 14, stk. 3 and § 15): both are present, and rightly so.
    private static bool Conflicted(ValueList<AgendaItem> items, string reference, ValueList<Member> members)
    {
        var name = members.FirstOrDefault(m => m.Reference == reference)?.Name;
        return items.Any(item =>
            item.ConflictsOfInterest.Any(c => c.Name == reference || c.Name == name) || Conflicted(item.SubItems, reference, members));
    }
}
