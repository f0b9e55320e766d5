namespace Kommune.Protocols.Validation.Rules;

internal sealed class DocumentNumberRecognized() : Rule("KP206", Severity.Warning, "Document numbers have the form serial/year (kept as text otherwise).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            for (var a = 0; a < item.Attachments.Count; a++)
            {
                if (item.Attachments[a].DocumentNumber is { IsRecognized: false } number)
                {
                    yield return new Finding($"{path}.attachments[{a}].documentNumber", ("text", number.ToString()));
                }
            }
        }
    }
}
