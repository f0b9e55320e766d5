using System.Globalization;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// One agenda item: heading, case number and access, how it came onto the agenda, route, owner,
/// purpose, then its parts in the house style's order (sections, earlier decisions,
/// recommendation, attachments and, on the protocol, the decision), then its sub-items. A closed
/// item of the public edition holds only its public facts, so only those are printed.
/// </summary>
internal static class ItemComposer
{
    public static void Compose(ComposeContext context, AgendaItem item, List<PaperBlock> into, bool fragment)
    {
        var words = context.Words;
        into.Add(new PaperHeading(HeadingRole.Item, Heading(words, item), pageBreakBefore: context.Style.ItemPerPage && !fragment, anchor: item.Number is { } n ? "punkt-" + n : null));
        into.Add(Meta(words, item));

        // Only the internal edition holds these (the public edition lists the item under its public title
        // and prints the public decision as its decision); the secretary sees what will be published.
        if (item.PublicTitle is { } publicTitle && publicTitle != item.Title)
        {
            context.Labelled(into, words[WordKeys.PublicTitle], publicTitle);
        }

        Provenance(context, item, into);
        context.Labelled(into, words[WordKeys.CaseRoute], item.CaseRoute);
        context.Labelled(into, words[WordKeys.DecisionAuthority], item.DecisionAuthority);
        context.Labelled(into, words[WordKeys.CaseOwner], Owner(words, item));
        context.Labelled(into, words[WordKeys.Presenter], item.Presenter?.ToString());
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
                    History(context, item, into);
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

    internal static string Heading(Words words, AgendaItem item) => item.Number is { } number
        ? words.Format(number.Sub is null ? WordKeys.ItemHeading : WordKeys.SubItemHeading, ("number", number.ToString()), ("title", item.Title))
        : words.Format(WordKeys.ItemHeadingUnnumbered, ("title", item.Title));

    private static PaperParagraph Meta(Words words, AgendaItem item)
    {
        var runs = new List<PaperRun>(5);
        if (item.CaseNumber is not null)
        {
            runs.Add(new PaperRun(words.Format(WordKeys.CaseNumber, ("number", item.CaseNumber.ToString()))));
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

    /// <summary>How the item came onto the agenda and where it goes: added at the meeting, handled in another place, from an earlier meeting, on to later bodies.</summary>
    private static void Provenance(ComposeContext context, AgendaItem item, List<PaperBlock> into)
    {
        var words = context.Words;
        // A reason without the flag still says the item was added: the secretary wrote why.
        if (item.AddedAtMeeting || item.AddedReason is not null)
        {
            into.Add(ComposeContext.Italic(item.AddedReason is { } reason
                ? words.Format(WordKeys.AddedAtMeetingReason, ("reason", reason))
                : words[WordKeys.AddedAtMeeting]));
        }

        if (item.HandlingOrder is { } order)
        {
            into.Add(ComposeContext.Italic(words.Format(WordKeys.HandledAs, ("position", order.ToString(CultureInfo.InvariantCulture)))));
        }

        if (item.CameFrom is { } from)
        {
            into.Add(ComposeContext.Text(words.Format(WordKeys.CameFrom, ("reference", Reference(words, from)))));
        }

        if (item.GoesTo is { } to)
        {
            into.Add(ComposeContext.Text(words.Format(WordKeys.GoesTo, ("reference", Reference(words, to)))));
        }

        if (!item.UpcomingTreatment.IsEmpty)
        {
            into.Add(ComposeContext.Text(words.Format(WordKeys.UpcomingTreatment, ("references", words.Names([.. item.UpcomingTreatment.Select(r => Reference(words, r))])))));
        }
    }

    /// <summary><c>Økonomiudvalget 14. maj 2024, pkt. 38, sag 24/5333</c>: what the reference holds, in that order.</summary>
    internal static string Reference(Words words, ItemReference reference)
    {
        var parts = new List<string>(4);
        var head = string.Join(' ', new[] { reference.Body, reference.Date is { } d ? words.LongDate(d) : null }.OfType<string>());
        if (head.Length > 0)
        {
            parts.Add(head);
        }

        if (reference.Item is { } item)
        {
            parts.Add(words.Format(WordKeys.EarlierDecisionItem, ("number", item.ToString())).TrimStart(',', ' '));
        }

        if (reference.CaseNumber is { } caseNumber)
        {
            parts.Add(words.Format(WordKeys.CaseNumber, ("number", caseNumber.ToString())));
        }

        if (reference.Note is { } note)
        {
            parts.Add(note);
        }

        return string.Join(", ", parts);
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

    private static void History(ComposeContext context, AgendaItem item, List<PaperBlock> into)
    {
        if (item.History.IsEmpty)
        {
            return;
        }

        var words = context.Words;
        into.Add(new PaperHeading(HeadingRole.Section, words[WordKeys.History]));
        foreach (var earlier in item.History)
        {
            var at = earlier.ItemNumber is null ? string.Empty : words.Format(WordKeys.EarlierDecisionItem, ("number", earlier.ItemNumber.ToString()));
            var date = earlier.Date is { } d ? words.LongDate(d) : null;
            var lead = date is null
                ? $"{earlier.Body}{at}:"
                : words.Format(WordKeys.EarlierDecision, ("body", earlier.Body), ("date", date), ("item", at));
            if (earlier.CaseNumber is { } caseNumber)
            {
                lead = $"{lead[..^1]} ({words.Format(WordKeys.CaseNumber, ("number", caseNumber.ToString()))}):";
            }

            var text = earlier.Text ?? DecisionComposer.OutcomeLabel(words, earlier.Outcome, null);
            PaperRun[] runs = text is null ? [new PaperRun(lead, bold: true)] : [new PaperRun(lead, bold: true), new PaperRun(" " + text)];
            into.Add(new PaperParagraph(ParagraphRole.Body, runs));
            DecisionComposer.PointDecisions(context, earlier.Points, into);
            foreach (var vote in earlier.Votes)
            {
                DecisionComposer.Vote(context, vote, item: null, into);
            }

            if (!earlier.Absent.IsEmpty)
            {
                into.Add(ComposeContext.Text(words.Format(WordKeys.EarlierAbsent, ("names", context.Names(earlier.Absent)))));
            }
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
            into.Add(ComposeContext.Text(recommendation.Recommender));
        }

        RichTextComposer.Compose(context, recommendation.Text, into);

        // One point reads as a sentence; several are a numbered list (votes and decisions refer to them by number).
        if (recommendation.Points.Count == 1)
        {
            into.Add(ComposeContext.Text(recommendation.Points[0]));
        }
        else if (recommendation.Points.Count > 1)
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
