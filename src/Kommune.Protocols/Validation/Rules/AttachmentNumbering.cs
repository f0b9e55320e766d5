namespace Kommune.Protocols.Validation.Rules;

internal sealed class AttachmentNumbering() : Rule("KP203", Severity.Error, "An item's attachments have distinct numbers in ascending order, as printed (from 0 or 1, gaps allowed).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            for (var a = 1; a < item.Attachments.Count; a++)
            {
                if (item.Attachments[a].Number <= item.Attachments[a - 1].Number)
                {
                    yield return new Finding($"{path}.attachments[{a}].number", ("number", item.Attachments[a].Number), ("previous", item.Attachments[a - 1].Number));
                }
            }

            for (var a = 0; a < item.Attachments.Count; a++)
            {
                if (item.Attachments[a].Number < 0)
                {
                    yield return Finding.Keyed($"{path}.attachments[{a}].number", "KP203Negative", ("number", item.Attachments[a].Number));
                }
            }
        }
    }
}
