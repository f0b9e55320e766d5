using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class CustomSectionHeading() : Rule("KP209", Severity.Error, "A section of kind custom has a heading.")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (path, item) in context.AllItems)
        {
            for (var s = 0; s < item.Sections.Count; s++)
            {
                if (item.Sections[s] is { Kind: SectionKind.Custom, Heading: var heading } && string.IsNullOrWhiteSpace(heading))
                {
                    yield return new Finding($"{path}.sections[{s}].heading");
                }
            }
        }
    }
}
