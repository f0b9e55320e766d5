namespace Kommune.Protocols.Validation.Rules;

internal sealed class TitleRequired() : Rule("KP201", Severity.Error, "Every item has a title.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            if (string.IsNullOrWhiteSpace(item.Title))
            {
                yield return new Finding($"{path}.title", ("number", ValidationContext.ItemName(item)));
            }
        }
    }
}
