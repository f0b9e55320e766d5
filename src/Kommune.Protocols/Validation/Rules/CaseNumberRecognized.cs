namespace Kommune.Protocols.Validation.Rules;

internal sealed class CaseNumberRecognized() : Rule("KP205", Severity.Warning, "Case numbers have a known form (kept as text otherwise).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            if (item.CaseNumber is { IsRecognized: false } number)
            {
                yield return new Finding($"{path}.caseNumber", $"Sagsnummeret '{number}' har ikke en kendt form (fx '24/5333' eller '00.32.10.S00 24/5333').", $"The case number '{number}' has no known form (such as '24/5333' or '00.32.10.S00 24/5333').");
            }
        }
    }
}
