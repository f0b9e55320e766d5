using System.Globalization;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>After the items: the house style's closing lines, the meeting's tables that no section placed, the list of attachments (<i>Bilagsoversigt</i>) and the signature page.</summary>
internal static class BackMatter
{
    public static void Compose(ComposeContext context, List<PaperBlock> into)
    {
        var words = context.Words;
        var breakBefore = context.Style.ItemPerPage;

        // The house style's closing lines (Mødet blev hævet kl. 15.30.) follow the last item directly.
        HouseLines.Compose(context, context.Style.EndLines, into);

        // A meeting that holds a time plan or coming meetings never loses them on paper.
        if (!context.TimePlanPlaced && context.Meeting.TimePlan is { } plan && (!plan.Slots.IsEmpty || context.Schedule.HasEndRow))
        {
            into.Add(new PaperHeading(HeadingRole.Back, words[WordKeys.TimePlanHeading], breakBefore));
            into.Add(TimePlanComposer.Table(context, caption: null));
        }

        if (!context.UpcomingMeetingsPlaced && !context.Meeting.UpcomingMeetings.IsEmpty)
        {
            into.Add(new PaperHeading(HeadingRole.Back, words[WordKeys.UpcomingMeetingsHeading], breakBefore));
            into.Add(UpcomingMeetingsComposer.Table(context, caption: null));
        }

        AttachmentOverview(context, into);
        Signatures(context, into);
    }

    private static void AttachmentOverview(ComposeContext context, List<PaperBlock> into)
    {
        var words = context.Words;
        var headed = false;
        Collect(context.Meeting.Items);

        void Collect(ValueList<AgendaItem> items)
        {
            foreach (var item in items)
            {
                if (!item.Attachments.IsEmpty)
                {
                    if (!headed)
                    {
                        into.Add(new PaperHeading(HeadingRole.Back, words[WordKeys.AttachmentOverview], context.Style.ItemPerPage));
                        headed = true;
                    }

                    into.Add(new PaperParagraph(ParagraphRole.AttachmentGroup, $"{item.Number}. {item.Title}"));
                    foreach (var attachment in item.Attachments)
                    {
                        into.Add(new PaperParagraph(ParagraphRole.AttachmentLine, Entry(words, attachment)));
                    }
                }

                Collect(item.SubItems);
            }
        }
    }

    /// <summary><c>1. Baggrund for BI-Udvalg (29031/25)</c>; a closed attachment without a title: <c>2. Lukket bilag</c>.</summary>
    private static string Entry(Words words, Attachment attachment)
    {
        var number = attachment.Number.ToString(CultureInfo.InvariantCulture);
        var closedLabel = words[WordKeys.ClosedAttachment];
        var title = attachment.Access != Access.Open
            ? attachment.Title.Length == 0 ? closedLabel : $"{closedLabel}: {attachment.Title}"
            : attachment.Title;
        return attachment.DocumentNumber is null ? $"{number}.\t{title}" : $"{number}.\t{title} ({attachment.DocumentNumber})";
    }

    private static void Signatures(ComposeContext context, List<PaperBlock> into)
    {
        if (!context.IsProtocol || context.Meeting.Signatories.IsEmpty)
        {
            return;
        }

        var words = context.Words;
        into.Add(new PaperHeading(HeadingRole.Back, words[WordKeys.SignaturePage], context.Style.ItemPerPage));
        var signatories = new List<PaperSignature>(context.Meeting.Signatories.Count);
        foreach (var signatory in context.Meeting.Signatories)
        {
            var name = signatory.Title is null ? signatory.Name : $"{signatory.Title} {signatory.Name}";
            var approval = signatory.Approval?.Method is { } method ? words.Format(WordKeys.ApprovedBy, ("method", method)) : null;
            signatories.Add(new PaperSignature(name, approval));
        }

        into.Add(new PaperSignatures(signatories));
    }
}
