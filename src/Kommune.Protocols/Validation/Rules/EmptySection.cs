using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class EmptySection() : Rule("KP208", Severity.Warning, "Sections have content.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            for (var s = 0; s < item.Sections.Count; s++)
            {
                if (item.Sections[s].Content.All(IsEmpty))
                {
                    yield return new Finding($"{path}.sections[{s}]");
                }
            }
        }
    }

    private static bool IsEmpty(Block block) => block switch
    {
        Paragraph p => p.Runs.All(r => string.IsNullOrWhiteSpace(r.Text)),
        BulletList l => l.Items.Count == 0,
        NumberedList l => l.Items.Count == 0,
        Table t => t.Rows.Count == 0,
        _ => false,
    };
}
