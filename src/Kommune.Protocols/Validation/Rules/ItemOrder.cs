namespace Kommune.Protocols.Validation.Rules;

internal sealed class ItemOrder() : Rule("KP105", Severity.Warning, "Items are printed in the order of their numbers.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var items = context.Meeting.Items;
        for (var i = 1; i < items.Count; i++)
        {
            if (items[i].Number.CompareTo(items[i - 1].Number) < 0)
            {
                yield return new Finding($"items[{i}].number", ("number", items[i].Number), ("previous", items[i - 1].Number));
            }
        }
    }
}
