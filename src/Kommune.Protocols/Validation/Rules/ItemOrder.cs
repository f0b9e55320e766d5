using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class ItemOrder() : Rule("KP105", Severity.Warning, "Numbered items are printed in the order of their numbers (unnumbered parts may stand anywhere).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var items = context.Meeting.Items;
        ItemNumber? previous = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Number is not { } number)
            {
                continue;
            }

            if (previous is not null && number.CompareTo(previous) < 0)
            {
                yield return new Finding($"items[{i}].number", ("number", number), ("previous", previous));
            }

            previous = number;
        }
    }
}
