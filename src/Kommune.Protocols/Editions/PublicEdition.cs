using Kommune.Protocols.Model;

namespace Kommune.Protocols.Editions;

/// <summary>
/// Makes the public edition of a meeting: the one redaction step every writer goes through
/// (<see cref="For"/>), so there is exactly one place to audit. Redaction is by allow-list and
/// fails closed: anything not explicitly <see cref="Access.Open"/> is closed, and anything tied to
/// closed content (a time-plan slot that names a closed item, or an item the agenda does not
/// hold) is redacted with it.
/// </summary>
/// <remarks>
/// A closed item keeps only its number, title, case number, closed mark, supplementary mark and
/// planned duration (so the public time plan prints the same times as the internal one); its
/// sub-items are dropped with it. A closed attachment of an open item keeps only its number and
/// closed mark. A redacted time-plan slot keeps its kind, item number, fixed start and duration.
/// New model members are dropped from closed content until they are added here on purpose.
/// </remarks>
public static class PublicEdition
{
    /// <summary>The meeting as <paramref name="edition"/> shows it: itself for <see cref="MeetingEdition.Internal"/>, the public edition for anything else.</summary>
    /// <param name="meeting">The full meeting.</param>
    /// <param name="edition">The edition asked for; an undefined value gives the public edition.</param>
    /// <returns>The meeting to print.</returns>
    public static Meeting For(Meeting meeting, MeetingEdition edition)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return edition == MeetingEdition.Internal ? meeting : Create(meeting);
    }

    /// <summary>Returns the public edition of <paramref name="meeting"/>.</summary>
    /// <param name="meeting">The full meeting.</param>
    /// <returns>The meeting with closed content removed and <see cref="Meeting.Edition"/> set to public.</returns>
    public static Meeting Create(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var numbers = ItemNumbers.Of(meeting);
        var items = Map(meeting.Items, RedactItem);
        var plan = meeting.TimePlan is null ? null : RedactPlan(meeting.TimePlan, numbers);
        return meeting with { Edition = MeetingEdition.Public, Items = items, TimePlan = plan };
    }

    /// <summary>The numbers of the items of <paramref name="meeting"/> that are closed, including sub-items of closed items.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The numbers of closed items.</returns>
    public static IReadOnlySet<ItemNumber> ClosedItemNumbers(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return ItemNumbers.Of(meeting).Closed;
    }

    internal static bool IsOpen(Access access) => access == Access.Open;

    private static AgendaItem RedactItem(AgendaItem item)
    {
        if (!IsOpen(item.Access))
        {
            return new AgendaItem
            {
                Number = item.Number,
                Title = item.Title,
                Access = Access.Closed,
                CaseNumber = item.CaseNumber,
                Supplementary = item.Supplementary,
                PlannedDuration = item.PlannedDuration,
            };
        }

        var attachments = Map(item.Attachments, RedactAttachment);
        var subItems = Map(item.SubItems, RedactItem);
        return attachments == (object)item.Attachments && subItems == (object)item.SubItems
            ? item
            : item with { Attachments = attachments, SubItems = subItems };
    }

    private static Attachment RedactAttachment(Attachment attachment) =>
        IsOpen(attachment.Access)
            ? attachment
            : new Attachment { Number = attachment.Number, Title = string.Empty, Access = Access.Closed };

    private static TimePlan RedactPlan(TimePlan plan, ItemNumbers numbers)
    {
        var slots = Map(plan.Slots, slot => numbers.IsOpenSlot(slot) ? slot : RedactSlot(slot));
        return slots == (object)plan.Slots ? plan : plan with { Slots = slots };
    }

    // The label, notes and guests of a closed slot may name what it is about; the paper prints
    // the item's own (public) title, or "closed item" for anything else.
    private static TimeSlot RedactSlot(TimeSlot slot) => new()
    {
        Kind = slot.Kind,
        Item = slot.Item,
        Access = Access.Closed,
        Start = slot.Start,
        Duration = slot.Duration,
    };

    /// <summary>Maps a list, returning the same list when no element changed (a public edition of an open meeting costs nothing).</summary>
    private static ValueList<T> Map<T>(ValueList<T> list, Func<T, T> map)
        where T : class
    {
        T[]? changed = null;
        for (var i = 0; i < list.Count; i++)
        {
            var value = map(list[i]);
            if (changed is null && !ReferenceEquals(value, list[i]))
            {
                changed = list.AsSpan().ToArray();
            }

            if (changed is not null)
            {
                changed[i] = value;
            }
        }

        return changed is null ? list : ValueList.Wrap(changed);
    }
}
