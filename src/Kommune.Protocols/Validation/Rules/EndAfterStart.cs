namespace Kommune.Protocols.Validation.Rules;

internal sealed class EndAfterStart() : Rule("KP103", Severity.Error, "The meeting ends after it starts.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Meeting is { Start: { } start, End: { } end } && end <= start)
        {
            yield return new Finding("end", ("end", end), ("start", start));
        }
    }
}
