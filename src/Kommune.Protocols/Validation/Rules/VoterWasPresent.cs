using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

/// <summary>
/// Nobody votes on an item they were not there for. An absence the meeting records for the item
/// (or for the whole meeting) is an error; one that follows from leaving, arriving or an item range
/// is a warning, since the explicit record on the item contradicts what was derived.
/// </summary>
internal sealed class VoterWasPresent() : Rule("KP409", Severity.Error, "A member who votes on an item was there for it (an absence derived from leaving, arriving or an item range gives a warning).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var attendance = context.Attendance;
        foreach (var (path, item) in context.AllItems)
        {
            if (item.Decision is not { } decision)
            {
                continue;
            }

            for (var v = 0; v < decision.Votes.Count; v++)
            {
                foreach (var (side, tally) in MemberReferencesKnown.Sides(decision.Votes[v]))
                {
                    for (var m = 0; m < tally.Members.Count; m++)
                    {
                        if (attendance.Find(tally.Members[m]) is not { } member || attendance.WasPresent(member, item))
                        {
                            continue;
                        }

                        var derived = attendance.IsDerivedAbsent(member, item);
                        yield return new Finding($"{path}.decision.votes[{v}].{side}.members[{m}]", ("name", member.Name), ("number", ValidationContext.ItemName(item)))
                        {
                            Severity = derived ? Severity.Warning : null,
                        };
                    }
                }
            }
        }
    }
}
