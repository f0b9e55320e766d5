namespace Kommune.Protocols.Validation.Rules;

internal sealed class AttachmentNumbering() : Rule("KP203", Severity.Error, "An item's attachments are numbered 1, 2, 3, ... in order.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            for (var a = 0; a < item.Attachments.Count; a++)
            {
                if (item.Attachments[a].Number != a + 1)
                {
                    yield return new Finding($"{path}.attachments[{a}].number", ("number", item.Attachments[a].Number), ("expected", a + 1));
                }
            }
        }
    }
}
