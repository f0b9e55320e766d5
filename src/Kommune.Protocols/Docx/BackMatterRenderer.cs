using Kommune.Protocols.Model;

namespace Kommune.Protocols.Docx;

/// <summary>The list of attachments per item (<i>Bilagsoversigt</i>) and the signature page (<i>Underskriftsside</i>).</summary>
internal static class BackMatterRenderer
{
    /// <summary>
    /// The time plan and the coming meetings where no section placed them with a block, so a
    /// meeting that holds them never loses them on paper.
    /// </summary>
    public static void WriteUnplacedTables(RenderContext context)
    {
        if (!context.TimePlanWritten && context.Meeting.TimePlan is { } plan && (!plan.Slots.IsEmpty || plan.End is not null || plan.EndLabel is not null))
        {
            context.Write(Ooxml.Text(StyleIds.Heading1, context.Labels.TimePlanHeading));
            context.Write(TimePlanRenderer.Render(context, plan));
        }

        if (!context.UpcomingMeetingsWritten && !context.Meeting.UpcomingMeetings.IsEmpty)
        {
            context.Write(Ooxml.Text(StyleIds.Heading1, context.Labels.UpcomingMeetingsHeading));
            context.Write(UpcomingMeetingsRenderer.Render(context, context.Meeting.UpcomingMeetings));
        }
    }

    public static void WriteAttachmentOverview(RenderContext context)
    {
        var withAttachments = new List<AgendaItem>();
        Collect(context.Meeting.Items, withAttachments);
        if (withAttachments.Count == 0)
        {
            return;
        }

        context.Write(Ooxml.Text(StyleIds.Heading1, context.Labels.AttachmentOverview));
        foreach (var item in withAttachments)
        {
            context.Write(Ooxml.Text(StyleIds.AttachmentItem, $"{item.Number}. {item.Title}"));
            foreach (var attachment in item.Attachments)
            {
                context.Write(Ooxml.Text(StyleIds.AttachmentLine, Entry(context, attachment)));
            }
        }

        static void Collect(ValueList<AgendaItem> items, List<AgendaItem> into)
        {
            foreach (var item in items)
            {
                if (!item.Attachments.IsEmpty)
                {
                    into.Add(item);
                }

                Collect(item.SubItems, into);
            }
        }
    }

    /// <summary><c>1. Baggrund for BI-Udvalg (29031/25)</c>; a closed attachment without a title: <c>2. Lukket bilag</c>.</summary>
    private static string Entry(RenderContext context, Attachment attachment)
    {
        var number = attachment.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var title = attachment.Access == Access.Closed
            ? attachment.Title.Length == 0 ? context.Labels.ClosedAttachment : $"{context.Labels.ClosedAttachment}: {attachment.Title}"
            : attachment.Title;
        return attachment.DocumentNumber is null ? $"{number}.\t{title}" : $"{number}.\t{title} ({attachment.DocumentNumber})";
    }

    public static void WriteSignatures(RenderContext context)
    {
        if (!context.IsProtocol || context.Meeting.Signatories.IsEmpty)
        {
            return;
        }

        context.Write(Ooxml.Text(StyleIds.Heading1, context.Labels.SignaturePage));
        foreach (var signatory in context.Meeting.Signatories)
        {
            context.Write(Ooxml.Paragraph(StyleIds.SignatureLine));
            context.Write(Ooxml.Text(StyleIds.Signature, signatory.Title is null ? signatory.Name : $"{signatory.Title} {signatory.Name}"));
            if (signatory.Approval?.Method is { } method)
            {
                context.Write(Ooxml.Text(StyleIds.Signature, Ooxml.Fill(context.Labels.ApprovedBy, "method", method)));
            }
        }
    }
}
