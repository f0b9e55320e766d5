using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class OneChair() : Rule("KP411", Severity.Error, "The body has at most one chair (and one vice chair).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var role in new[] { MemberRole.Chair, MemberRole.ViceChair })
        {
            var holders = context.Meeting.Members.Select((m, i) => (m, i)).Where(x => x.m.Role == role).ToList();
            foreach (var (member, index) in holders.Skip(1))
            {
                yield return new Finding($"members[{index}].role", ("name", member.Name), ("first", holders[0].m.Name));
            }
        }
    }
}
