using Kommune.Protocols.Model;

namespace Kommune.Protocols.Editions;

/// <summary>The redaction of items and attachments under one policy: the allow-list of what a closed item publishes.</summary>
internal sealed class Redaction(PublicationPolicy policy)
{
    public PublicationPolicy Policy => policy;

    public AgendaItem Item(AgendaItem item)
    {
        if (!PublicEdition.IsOpen(item.Access))
        {
            return new AgendaItem
            {
                Number = item.Number,
                Title = Title(item),
                Access = Access.Closed,
                CaseNumber = policy.ShowClosedCaseNumber ? item.CaseNumber : null,
                Supplementary = item.Supplementary,
                PlannedDuration = item.PlannedDuration,
                Decision = policy.ShowPublicDecision && !item.PublicDecision.IsEmpty ? new Decision { Text = item.PublicDecision } : null,
            };
        }

        var attachments = policy.ClosedAttachments == ClosedAttachments.Neutral
            ? ListMap.Map(item.Attachments, Attachment)
            : ValueList.From(item.Attachments.Where(a => PublicEdition.IsOpen(a.Access)));
        if (attachments.Count == item.Attachments.Count && attachments.SequenceEqual(item.Attachments, ReferenceEqualityComparer.Instance))
        {
            attachments = item.Attachments;
        }

        var subItems = ListMap.Map(item.SubItems, Item);
        return attachments == (object)item.Attachments && subItems == (object)item.SubItems
            ? item
            : item with { Attachments = attachments, SubItems = subItems };
    }

    private string Title(AgendaItem item)
    {
        var shown = policy.ClosedItemTitle switch
        {
            ClosedTitle.PublicTitle => item.PublicTitle,
            ClosedTitle.InternalTitle => item.Title,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(shown)
            ? policy.WithheldTitle ?? PublicationPolicy.DefaultWithheldTitle
            : (policy.ClosedTitlePrefix ?? string.Empty) + shown;
    }

    private static Attachment Attachment(Attachment attachment) =>
        PublicEdition.IsOpen(attachment.Access)
            ? attachment
            : new Attachment { Number = attachment.Number, Title = string.Empty, Access = Access.Closed };
}
