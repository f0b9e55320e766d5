using Kommune.Protocols.Model;

namespace Kommune.Protocols.Editions;

/// <summary>
/// Makes the public edition of a meeting: the one redaction step every writer goes through
/// when asked for the public edition, so there is exactly one place to audit.
/// </summary>
/// <remarks>
/// A closed item keeps only its number, title, case number, closed mark and supplementary mark;
/// its sub-items are dropped with it. A closed attachment of an open item keeps only its number
/// and closed mark. A time-plan slot of a closed item keeps its time and the item's number and
/// title; a closed free slot keeps its time only. Nothing else of closed content survives.
/// Redaction is by allow-list: new model members are dropped from closed items until they are
/// added here on purpose.
/// </remarks>
public static class PublicEdition
{
    /// <summary>Returns the public edition of <paramref name="meeting"/> (itself when it already is one and holds nothing closed).</summary>
    /// <param name="meeting">The full meeting.</param>
    /// <returns>The meeting with closed content removed and <see cref="Meeting.Edition"/> set to public.</returns>
    public static Meeting Create(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var closedNumbers = new HashSet<ItemNumber>();
        CollectClosed(meeting.Items, closedNumbers, parentClosed: false);

        return meeting with
        {
            Edition = MeetingEdition.Public,
            Items = ValueList.From(meeting.Items.AsSpan().ToArray().Select(RedactItem)),
            TimePlan = meeting.TimePlan is null ? null : RedactPlan(meeting.TimePlan, closedNumbers),
        };
    }

    /// <summary>The items of <paramref name="meeting"/> that are closed, including sub-items of closed items.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The numbers of closed items.</returns>
    public static IReadOnlySet<ItemNumber> ClosedItemNumbers(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var closed = new HashSet<ItemNumber>();
        CollectClosed(meeting.Items, closed, parentClosed: false);
        return closed;
    }

    private static void CollectClosed(ValueList<AgendaItem> items, HashSet<ItemNumber> closed, bool parentClosed)
    {
        foreach (var item in items)
        {
            var isClosed = parentClosed || item.Access == Access.Closed;
            if (isClosed)
            {
                closed.Add(item.Number);
            }

            CollectClosed(item.SubItems, closed, isClosed);
        }
    }

    private static AgendaItem RedactItem(AgendaItem item)
    {
        if (item.Access == Access.Closed)
        {
            return new AgendaItem
            {
                Number = item.Number,
                Title = item.Title,
                Access = Access.Closed,
                CaseNumber = item.CaseNumber,
                Supplementary = item.Supplementary,
            };
        }

        return item with
        {
            Attachments = ValueList.From(item.Attachments.AsSpan().ToArray().Select(RedactAttachment)),
            SubItems = ValueList.From(item.SubItems.AsSpan().ToArray().Select(RedactItem)),
        };
    }

    private static Attachment RedactAttachment(Attachment attachment) =>
        attachment.Access == Access.Closed
            ? new Attachment { Number = attachment.Number, Title = string.Empty, Access = Access.Closed }
            : attachment;

    private static TimePlan RedactPlan(TimePlan plan, HashSet<ItemNumber> closedNumbers) =>
        plan with { Slots = ValueList.From(plan.Slots.AsSpan().ToArray().Select(slot => RedactSlot(slot, closedNumbers))) };

    private static TimeSlot RedactSlot(TimeSlot slot, HashSet<ItemNumber> closedNumbers)
    {
        var closedItem = slot.Kind == TimeSlotKind.Item && slot.Item is not null && closedNumbers.Contains(slot.Item);
        var closedFree = slot.Kind != TimeSlotKind.Item && slot.Access == Access.Closed;
        if (!closedItem && !closedFree)
        {
            return slot;
        }

        // The label of a closed slot may name what the item is about; the public edition
        // prints the item's own (public) title, or nothing for a closed free entry.
        return new TimeSlot
        {
            Kind = slot.Kind,
            Item = slot.Item,
            Access = closedFree ? Access.Closed : slot.Access,
            Start = slot.Start,
            Duration = slot.Duration,
        };
    }
}
