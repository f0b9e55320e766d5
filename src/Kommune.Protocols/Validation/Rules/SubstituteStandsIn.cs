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
            else if (context.PresentMembers.Contains(stoodFor) && member.Attendance == AttendanceStatus.Present)
            {
                yield return Finding.Keyed($"members[{i}].substituteFor", "KP402Present", ("member", stoodFor), ("name", member.Name));
            }
        }
    }
}
