namespace Kommune.Protocols.Validation.Rules;

internal sealed class BodyRequired() : Rule("KP102", Severity.Error, "The body (udvalg, direktion) is named.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Meeting.Body?.Name))
        {
            yield return new Finding("body.name");
        }
    }
}
