namespace Kommune.Protocols.Validation.Rules;

internal sealed class MunicipalityRequired() : Rule("KP101", Severity.Error, "The municipality is named.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Meeting.Municipality))
        {
            yield return new Finding("municipality");
        }
    }
}
