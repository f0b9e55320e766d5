using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class ClosedItemOpenAttachment() : Rule("KP202", Severity.Error, "A closed item has no attachment marked open (it would suggest the attachment may be published).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            if (item.Access == Access.Open)
            {
                continue;
            }

            for (var a = 0; a < item.Attachments.Count; a++)
            {
                if (item.Attachments[a].Access == Access.Open)
                {
                    yield return new Finding($"{path}.attachments[{a}]", ("number", item.Attachments[a].Number));
                }
            }
        }
    }
}
