using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class UniqueItemNumbers() : Rule("KP104", Severity.Error, "Item numbers (sub-items included) are unique.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var seen = new HashSet<ItemNumber>();
        foreach (var (path, item) in context.AllItems)
        {
            if (item.Number is { } number && !seen.Add(number))
            {
                yield return new Finding($"{path}.number", ("number", number));
            }
        }
    }
}
