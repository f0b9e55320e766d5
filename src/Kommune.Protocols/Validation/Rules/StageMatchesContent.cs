using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class StageMatchesContent() : Rule("KP106", Severity.Warning, "An agenda (draft or published) holds no decisions yet.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Stage >= DocumentStage.Protocol)
        {
            yield break;
        }

        foreach (var (path, item) in context.AllItems)
        {
            if (item.Decision is not null)
            {
                yield return new Finding($"{path}.decision");
            }
        }
    }
}
