using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class SignatoriesRequired() : Rule("KP303", Severity.Error, "A protocol names its signatories (a warning until it is approved).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.IsProtocol && context.Meeting.Signatories.Count == 0)
        {
            yield return new Finding("signatories")
            {
                Severity = context.Stage == DocumentStage.Protocol ? Severity.Warning : null,
            };
        }
    }
}
