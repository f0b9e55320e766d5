using System.Globalization;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// One agenda item: heading, case number and access, route, owner, purpose, then its parts in
/// the house style's order (sections, earlier decisions, recommendation, attachments and, on the
/// protocol, the decision), then its sub-items. A closed item of the public edition holds only
/// its public facts, so only those are printed.
/// </summary>
internal static class ItemComposer
{
    public static void Compose(ComposeContext context, AgendaItem item, List<PaperBlock> into, bool fragment)
    {
        var words = context.Words;
        var number = item.Number.ToString();
        var heading = words.Format(item.Number.Sub is null ? WordKeys.ItemHeading : WordKeys.SubItemHeading, ("number", number), ("title", item.Title));
        into.Add(new PaperHeading(HeadingRole.Item, heading, pageBreakBefore: context.Style.ItemPerPage && !fragment, anchor: "punkt-" + number));
        into.Add(Meta(words, item));

        // Only the internal edition holds these (the public edition lists the item under its public title
        // and prints the public decision as its decision); the secretary sees what will be published.
        if (item.PublicTitle is { } publicTitle && publicTitle != item.Title)
        {
            ComposeContext.Labelled(into, words[WordKeys.PublicTitle], publicTitle);
        }

        ComposeContext.Labelled(into, words[WordKeys.CaseRoute], item.CaseRoute);
        ComposeContext.Labelled(into, words[WordKeys.DecisionAuthority], item.DecisionAuthority);
        ComposeContext.Labelled(into, words[WordKeys.CaseOwner], Owner(words, item));
        ComposeContext.Labelled(into, words[WordKeys.Presenter], item.Presenter?.ToString());
        var purpose = item.Purpose switch
        {
            ItemPurpose.Decision => words[WordKeys.PurposeDecision],
            ItemPurpose.Discussion => words[WordKeys.PurposeDiscussion],
            ItemPurpose.Information => words[WordKeys.PurposeInformation],
            _ => null,
        };
        if (purpose is not null)
        {
            into.Add(ComposeContext.Italic(purpose));
        }

        foreach (var part in context.Style.ItemPartOrder)
        {
            switch (part)
            {
                case ItemPart.Sections:
                    Sections(context, item, into);
                    break;
                case ItemPart.History:
                    History(words, item, into);
                    break;
                case ItemPart.Recommendation:
                    Recommendation(context, item, into);
                    break;
                case ItemPart.Attachments:
                    Attachments(words, item, into);
                    break;
                case ItemPart.Decision when context.IsProtocol:
                    DecisionComposer.Compose(context, item, into);
                    if (!item.PublicDecision.IsEmpty)
                    {
                        into.Add(new PaperHeading(HeadingRole.Section, words[WordKeys.PublicDecision]));
                        RichTextComposer.Compose(context, item.PublicDecision, into);
                    }

                    break;
            }
        }

        foreach (var sub in item.SubItems)
        {
            Compose(context, sub, into, fragment);
        }
    }

    private static PaperParagraph Meta(Words words, AgendaItem item)
    {
        var runs = new List<PaperRun>(5);
        if (item.CaseNumber is not null)
        {
            runs.Add(new PaperRun(item.CaseNumber.ToString()));
            runs.Add(PaperRun.Tab);
        }

        runs.Add(new PaperRun(words[item.Access == Access.Open ? WordKeys.OpenItem : WordKeys.ClosedItem], bold: true));
        if (item.Supplementary)
        {
            runs.Add(PaperRun.Tab);
            runs.Add(new PaperRun(words[WordKeys.Supplementary], italic: true));
        }

        return new PaperParagraph(ParagraphRole.ItemMeta, runs);
    }

    private static void Sections(ComposeContext context, AgendaItem item, List<PaperBlock> into)
    {
        foreach (var section in item.Sections)
        {
            if (SectionHeading(context.Words, section) is { } heading)
            {
                into.Add(new PaperHeading(HeadingRole.Section, heading));
            }

            RichTextComposer.Compose(context, section.Content, into);
        }
    }

    private static void History(Words words, AgendaItem item, List<PaperBlock> into)
    {
        if (item.History.IsEmpty)
        {
            return;
        }

        into.Add(new PaperHeading(HeadingRole.Section, words[WordKeys.History]));
        foreach (var earlier in item.History)
        {
            var at = earlier.ItemNumber is null ? string.Empty : words.Format(WordKeys.EarlierDecisionItem, ("number", earlier.ItemNumber.ToString()));
            var lead = words.Format(WordKeys.EarlierDecision, ("body", earlier.Body), ("date", words.LongDate(earlier.Date)), ("item", at));
            into.Add(new PaperParagraph(ParagraphRole.Body, [new PaperRun(lead, bold: true), new PaperRun(" " + earlier.Text)]));
        }
    }

    private static void Recommendation(ComposeContext context, AgendaItem item, List<PaperBlock> into)
    {
        if (item.Recommendation is not { } recommendation)
        {
            return;
        }

        into.Add(new PaperHeading(HeadingRole.Section, context.Words[WordKeys.Recommendation]));
        if (recommendation.Recommender is not null)
        {
            into.Add(ComposeContext.Bold(recommendation.Recommender));
        }

        RichTextComposer.Compose(context, recommendation.Text, into);
        if (!recommendation.Points.IsEmpty)
        {
            into.Add(new PaperList(numbered: true, recommendation.Points.Select(p => (IReadOnlyList<PaperRun>)[new PaperRun(p)]).ToList()));
        }
    }

    private static void Attachments(Words words, AgendaItem item, List<PaperBlock> into)
    {
        if (item.Attachments.IsEmpty)
        {
            return;
        }

        into.Add(new PaperParagraph(ParagraphRole.Label, words[WordKeys.Attachments] + ":"));
        var open = words[WordKeys.Open];
        var closed = words[WordKeys.Closed];
        foreach (var attachment in item.Attachments)
        {
            var runs = new List<PaperRun>(7)
            {
                new(attachment.Number.ToString(CultureInfo.InvariantCulture)),
                PaperRun.Tab,
                new(attachment.Access == Access.Open ? open : closed),
            };
            if (attachment.Title.Length > 0)
            {
                runs.Add(PaperRun.Tab);
                runs.Add(new PaperRun(attachment.Title));
            }

            if (attachment.DocumentNumber is not null)
            {
                runs.Add(PaperRun.Tab);
                runs.Add(new PaperRun(attachment.DocumentNumber.ToString()));
            }

            into.Add(new PaperParagraph(ParagraphRole.AttachmentLine, runs));
        }
    }

    /// <summary><c>Økonomichef Bettina Andersen, sagsbehandler Nicklas Healy.</c></summary>
    private static string? Owner(Words words, AgendaItem item)
    {
        var parts = new List<string>(2);
        if (item.CaseOwner is not null)
        {
            parts.Add(item.CaseOwner.ToString());
        }

        if (item.CaseHandler is not null)
        {
            parts.Add($"{words[WordKeys.CaseHandler]} {item.CaseHandler}");
        }

        return parts.Count == 0 ? null : Words.Capitalize(string.Join(", ", parts)) + ".";
    }

    internal static string? SectionHeading(Words words, Section section) => section.Heading ?? section.Kind switch
    {
        SectionKind.Summary => words[WordKeys.Summary],
        SectionKind.CaseCore => words[WordKeys.CaseCore],
        SectionKind.Background => words[WordKeys.Background],
        SectionKind.CaseDescription => words[WordKeys.CaseDescription],
        SectionKind.FinancialConsequences => words[WordKeys.FinancialConsequences],
        SectionKind.Consequences => words[WordKeys.Consequences],
        SectionKind.RiskAssessment => words[WordKeys.RiskAssessment],
        SectionKind.Personnel => words[WordKeys.Personnel],
        _ => null,
    };
}
