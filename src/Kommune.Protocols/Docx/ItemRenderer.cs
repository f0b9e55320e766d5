using DocumentFormat.OpenXml;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Docx;

/// <summary>
/// One agenda item: heading, case number and access, route, owner, sections, recommendation,
/// attachments, history and (on the protocol) the decision. A closed item of the public edition
/// holds only number, title and case number, so only those are printed.
/// </summary>
internal static class ItemRenderer
{
    public static void Write(RenderContext context, AgendaItem item)
    {
        var labels = context.Labels;
        var number = item.Number.ToString();
        context.Write(Ooxml.Text(StyleIds.Heading1, item.Number.Sub is null ? $"{number}. {item.Title}" : $"{number} {item.Title}"));

        var meta = new List<OpenXmlElement>();
        if (item.CaseNumber is not null)
        {
            meta.Add(Ooxml.Run(item.CaseNumber.ToString()));
            meta.Add(Ooxml.Tab());
        }

        meta.Add(Ooxml.Run(item.Access == Access.Closed ? labels.ClosedItem : labels.OpenItem, bold: true));
        if (item.Supplementary)
        {
            meta.Add(Ooxml.Tab());
            meta.Add(Ooxml.Run(labels.Supplementary, italic: true));
        }

        context.Write(Ooxml.Paragraph(StyleIds.ItemMeta, meta));

        Labelled(context, labels.CaseRoute, item.CaseRoute);
        Labelled(context, labels.DecisionAuthority, item.DecisionAuthority);
        Labelled(context, labels.CaseOwner, Owner(context, item));
        Labelled(context, labels.Presenter, item.Presenter?.ToString());
        var purpose = item.Purpose switch
        {
            ItemPurpose.Decision => labels.PurposeDecision,
            ItemPurpose.Discussion => labels.PurposeDiscussion,
            ItemPurpose.Information => labels.PurposeInformation,
            _ => null,
        };
        if (purpose is not null)
        {
            context.Write(Ooxml.Paragraph(null, Ooxml.Run(purpose, italic: true)));
        }

        foreach (var section in item.Sections)
        {
            var heading = Heading(labels, section);
            if (heading is not null)
            {
                context.Write(Ooxml.Text(StyleIds.Heading2, heading));
            }

            RichTextRenderer.Write(context, section.Content);
        }

        if (!item.History.IsEmpty)
        {
            context.Write(Ooxml.Text(StyleIds.Heading2, labels.History));
            foreach (var earlier in item.History)
            {
                var at = earlier.ItemNumber is null ? string.Empty : $", {labels.ItemAbbreviation} {earlier.ItemNumber}";
                context.Write(Ooxml.Paragraph(null, Ooxml.Run($"{earlier.Body}, {context.LongDate(earlier.Date)}{at}:", bold: true), Ooxml.Run(" " + earlier.Text)));
            }
        }

        if (item.Recommendation is { } recommendation)
        {
            context.Write(Ooxml.Text(StyleIds.Heading2, labels.Recommendation));
            if (recommendation.Recommender is not null)
            {
                context.Write(Ooxml.Paragraph(null, Ooxml.Run(recommendation.Recommender, bold: true)));
            }

            RichTextRenderer.Write(context, recommendation.Text);
            if (!recommendation.Points.IsEmpty)
            {
                context.Write(RichTextRenderer.NumberedList(context, recommendation.Points.AsSpan().ToArray().Select(ListItem.Of)));
            }
        }

        if (!item.Attachments.IsEmpty)
        {
            context.Write(Ooxml.Text(StyleIds.Label, labels.Attachments + ":"));
            foreach (var attachment in item.Attachments)
            {
                context.Write(AttachmentLine(context, attachment));
            }
        }

        if (context.IsProtocol)
        {
            DecisionRenderer.Write(context, item);
        }

        foreach (var sub in item.SubItems)
        {
            Write(context, sub);
        }
    }

    private static OpenXmlElement AttachmentLine(RenderContext context, Attachment attachment)
    {
        var closed = attachment.Access == Access.Closed;
        var runs = new List<OpenXmlElement>
        {
            Ooxml.Run(attachment.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Ooxml.Tab(),
            Ooxml.Run(closed ? context.Labels.Closed : context.Labels.Open),
        };
        if (attachment.Title.Length > 0)
        {
            runs.Add(Ooxml.Tab());
            runs.Add(Ooxml.Run(attachment.Title));
        }

        if (attachment.DocumentNumber is not null)
        {
            runs.Add(Ooxml.Tab());
            runs.Add(Ooxml.Run(attachment.DocumentNumber.ToString()));
        }

        return Ooxml.Paragraph(StyleIds.AttachmentLine, runs);
    }

    private static void Labelled(RenderContext context, string label, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        context.Write(Ooxml.Text(StyleIds.Label, label));
        context.Write(Ooxml.Text(null, value));
    }

    /// <summary><c>Økonomichef Bettina Andersen, sagsbehandler Nicklas Healy.</c></summary>
    private static string? Owner(RenderContext context, AgendaItem item)
    {
        var parts = new List<string>();
        if (item.CaseOwner is not null)
        {
            parts.Add(item.CaseOwner.ToString());
        }

        if (item.CaseHandler is not null)
        {
            parts.Add($"{context.Labels.CaseHandler} {item.CaseHandler}");
        }

        return parts.Count == 0 ? null : Ooxml.Capitalize(string.Join(", ", parts)) + ".";
    }

    internal static string? Heading(DocxLabels labels, Section section) => section.Heading ?? section.Kind switch
    {
        SectionKind.Summary => labels.Summary,
        SectionKind.CaseCore => labels.CaseCore,
        SectionKind.Background => labels.Background,
        SectionKind.CaseDescription => labels.CaseDescription,
        SectionKind.FinancialConsequences => labels.FinancialConsequences,
        SectionKind.Consequences => labels.Consequences,
        SectionKind.RiskAssessment => labels.RiskAssessment,
        SectionKind.Personnel => labels.Personnel,
        _ => null,
    };
}
