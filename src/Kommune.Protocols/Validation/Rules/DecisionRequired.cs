using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class DecisionRequired() : Rule("KP301", Severity.Error, "In a protocol every item has a decision or is marked postponed (a warning for items for information; closed items of a public edition are skipped, their decisions are withheld).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (!context.IsProtocol)
        {
            yield break;
        }

        var isPublic = context.Meeting.Edition == MeetingEdition.Public;
        foreach (var (path, item) in context.AllItems)
        {
            if (item.Decision is null && item.Status == ItemStatus.Handled && !(isPublic && item.Access != Access.Open))
            {
                yield return new Finding($"{path}.decision", ("number", ValidationContext.ItemName(item)))
                {
                    Severity = item.Purpose == ItemPurpose.Information ? Severity.Warning : null,
                };
            }
        }
    }
}
