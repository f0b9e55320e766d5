using Kommune.Protocols.Editions;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// Composes a meeting into a paper of format-neutral blocks: every decision about what the paper
/// says and in what order lives here and below; writers only render. The edition step
/// (<see cref="PublicEdition.For"/>) and the printable-text check come first, so no writer can
/// skip them.
/// </summary>
internal static class PaperComposer
{
    /// <summary>Composes the whole paper. Blocks are made one item at a time as they are enumerated.</summary>
    /// <exception cref="PaperTextException">A text holds a character no document can carry.</exception>
    public static PaperDocument Compose(Meeting meeting, PaperOptions options)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(options);
        var edition = Edition(meeting, options);
        PrintableText.Ensure(edition, options.Style);
        var context = new ComposeContext(edition, options);
        var words = context.Words;
        var date = words.LongDate(edition.Date);
        return new PaperDocument
        {
            LanguageTag = options.Language.Tag,
            Title = words.Format(WordKeys.DocumentTitle, ("paper", context.PaperName), ("body", edition.Body.Name), ("date", date)),
            Subject = words.Format(WordKeys.DocumentSubject, ("municipality", edition.Municipality), ("body", edition.Body.Name)),
            DraftMark = context.IsDraft ? words[WordKeys.DraftMark] : null,
            HeaderLeft = edition.Body.Name,
            HeaderRight = date,
            PageLabel = PageLabel.Parse(words[WordKeys.PageNumber]),
            Blocks = Blocks(context),
        };
    }

    /// <summary>The blocks of one item (and its sub-items), for writers of item fragments.</summary>
    /// <exception cref="ArgumentException">The item is not one of the meeting's.</exception>
    public static IReadOnlyList<PaperBlock> ComposeItem(Meeting meeting, ItemNumber number, PaperOptions options)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(options);
        var edition = Edition(meeting, options);
        PrintableText.Ensure(edition, options.Style);
        var context = new ComposeContext(edition, options);
        var item = context.FindItem(number) ?? throw new ArgumentException($"The meeting has no item {number}.", nameof(number));
        var blocks = new List<PaperBlock>();
        ItemComposer.Compose(context, item, blocks, fragment: true);
        return blocks;
    }

    /// <summary>The blocks of the item at a place in the agenda, numbered or not (the edition keeps every item in its place).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The meeting has no item at that place.</exception>
    public static IReadOnlyList<PaperBlock> ComposeItemAt(Meeting meeting, int index, PaperOptions options)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, meeting.Items.Count);
        var edition = Edition(meeting, options);
        PrintableText.Ensure(edition, options.Style);
        var context = new ComposeContext(edition, options);
        var blocks = new List<PaperBlock>();
        ItemComposer.Compose(context, edition.Items[index], blocks, fragment: true);
        return blocks;
    }

    /// <summary>The one edition step; a withheld closed title is worded in the paper's language.</summary>
    private static Meeting Edition(Meeting meeting, PaperOptions options)
    {
        var policy = options.Publication;
        if (policy.WithheldTitle is null)
        {
            policy = policy with { WithheldTitle = new Words(options.Language, options.Style)[WordKeys.ClosedSlot] };
        }

        return PublicEdition.For(meeting, options.Edition, policy);
    }

    private static IEnumerable<PaperBlock> Blocks(ComposeContext context)
    {
        var blocks = new List<PaperBlock>();
        FrontMatter.Compose(context, blocks);
        foreach (var block in Drain(blocks))
        {
            yield return block;
        }

        var items = context.Meeting.Items;
        for (var i = 0; i < items.Count; i++)
        {
            ItemComposer.Compose(context, items[i], blocks, fragment: false);
            foreach (var block in Drain(blocks))
            {
                yield return block;
            }
        }

        BackMatter.Compose(context, blocks);
        foreach (var block in Drain(blocks))
        {
            yield return block;
        }
    }

    /// <summary>Hands out one item's worth of blocks and empties the buffer for the next.</summary>
    private static IEnumerable<PaperBlock> Drain(List<PaperBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            yield return blocks[i];
        }

        blocks.Clear();
    }
}
