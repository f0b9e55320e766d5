using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class SignatoriesApproved() : Rule("KP304", Severity.Error, "An approved or signed protocol has every signatory's approval.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Stage < DocumentStage.Approved || context.Stage == DocumentStage.Published)
        {
            yield break;
        }

        var signatories = context.Meeting.Signatories;
        for (var i = 0; i < signatories.Count; i++)
        {
            if (signatories[i].Approval is null)
            {
                yield return new Finding($"signatories[{i}].approval", ("name", signatories[i].Name));
            }
        }
    }
}
