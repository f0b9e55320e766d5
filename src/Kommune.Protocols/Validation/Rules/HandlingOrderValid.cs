namespace Kommune.Protocols.Validation.Rules;

internal sealed class HandlingOrderValid() : Rule("KP107", Severity.Error, "Handling orders are distinct places between 1 and the number of items.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var items = context.Meeting.Items;
        var seen = new HashSet<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].HandlingOrder is { } order && (order < 1 || order > items.Count || !seen.Add(order)))
            {
                yield return new Finding($"items[{i}].handlingOrder", ("order", order), ("count", items.Count));
            }
        }
    }
}
