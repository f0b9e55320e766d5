using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class SignatoriesRequired() : Rule("KP303", Severity.Error, "A protocol names its signatories (a warning until it is approved; a published protocol need not record them).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.IsProtocol && context.Stage != DocumentStage.Published && context.Meeting.Signatories.Count == 0)
        {
            yield return new Finding("signatories")
            {
                Severity = context.Stage == DocumentStage.Protocol ? Severity.Warning : null,
            };
        }
    }
}
