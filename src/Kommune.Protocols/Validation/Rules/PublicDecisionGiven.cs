using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

/// <summary>Decisions taken behind closed doors are published as far as confidentiality allows, so a closed item of a protocol carries a public decision.</summary>
internal sealed class PublicDecisionGiven() : Rule("KP305", Severity.Warning, "A closed item of a protocol has a public decision (what may be published of its decision).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        if (!context.IsProtocol || context.Meeting.Edition != MeetingEdition.Internal)
        {
            yield break;
        }

        for (var i = 0; i < context.Meeting.Items.Count; i++)
        {
            foreach (var finding in Check(context.Meeting.Items[i], $"items[{i}]"))
            {
                yield return finding;
            }
        }
    }

    // Only the outermost closed item: its sub-items are not published on their own.
    private static IEnumerable<Finding> Check(AgendaItem item, string path)
    {
        if (item.Access != Access.Open)
        {
            if (item.PublicDecision.IsEmpty)
            {
                yield return new Finding($"{path}.publicDecision", ("number", ValidationContext.ItemName(item)));
            }

            yield break;
        }

        for (var s = 0; s < item.SubItems.Count; s++)
        {
            foreach (var finding in Check(item.SubItems[s], $"{path}.subItems[{s}]"))
            {
                yield return finding;
            }
        }
    }
}
