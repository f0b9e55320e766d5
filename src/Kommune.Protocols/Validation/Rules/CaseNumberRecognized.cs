namespace Kommune.Protocols.Validation.Rules;

internal sealed class CaseNumberRecognized() : Rule("KP205", Severity.Warning, "Case numbers have a known form (kept as text otherwise).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            if (item.CaseNumber is { IsRecognized: false } number)
            {
                yield return new Finding($"{path}.caseNumber", ("text", number.ToString()));
            }
        }
    }
}
