using Kommune.Protocols.Model;

namespace Kommune.Protocols.Editions;

/// <summary>
/// Makes the public edition of a meeting: the one redaction step every writer goes through
/// (<see cref="For"/>), so there is exactly one place to audit. Redaction is by allow-list and
/// fails closed: anything not explicitly <see cref="Access.Open"/> is closed, and anything tied to
/// closed content (a time-plan slot that names a closed item, or an item the agenda does not
/// hold) is redacted with it. What is published beyond open content follows a
/// <see cref="PublicationPolicy"/>.
/// </summary>
/// <remarks>
/// A closed item keeps only its number, its title as the policy says (public title, internal
/// title or only the withheld-title text, with the policy's prefix), its case number (unless the
/// policy hides it), its public decision as its decision (unless the policy hides it), its closed
/// and supplementary marks and its planned duration (so the public time plan prints the same
/// times as the internal one); its sub-items are dropped with it. A closed attachment of an open
/// item keeps only its number and closed mark, or is left out. A redacted time-plan slot keeps
/// its kind, item number, fixed start and duration. Members lose their reasons for absence
/// unless the policy shows them. New model members are dropped from closed content until they
/// are added here on purpose.
/// </remarks>
public static class PublicEdition
{
    /// <summary>The meeting as <paramref name="edition"/> shows it: itself for <see cref="MeetingEdition.Internal"/>, the public edition for anything else.</summary>
    /// <param name="meeting">The full meeting.</param>
    /// <param name="edition">The edition asked for; an undefined value gives the public edition.</param>
    /// <param name="policy">What the public edition publishes; <see cref="PublicationPolicy.Default"/> when null.</param>
    /// <returns>The meeting to print.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static Meeting For(Meeting meeting, MeetingEdition edition, PublicationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return edition == MeetingEdition.Internal ? meeting : Create(meeting, policy);
    }

    /// <summary>Returns the public edition of <paramref name="meeting"/>.</summary>
    /// <param name="meeting">The full meeting.</param>
    /// <param name="policy">What the public edition publishes; <see cref="PublicationPolicy.Default"/> when null.</param>
    /// <returns>The meeting with closed content removed and <see cref="Meeting.Edition"/> set to public.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static Meeting Create(Meeting meeting, PublicationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var redaction = new Redaction(policy ?? PublicationPolicy.Default);
        var numbers = ItemNumbers.Of(meeting);
        return meeting with
        {
            Edition = MeetingEdition.Public,
            Members = redaction.Policy.ShowAbsenceReasons ? meeting.Members : ListMap.Map(meeting.Members, static m => m.AbsenceReason is null ? m : m with { AbsenceReason = null }),
            Items = ListMap.Map(meeting.Items, redaction.Item),
            TimePlan = meeting.TimePlan is null ? null : RedactPlan(meeting.TimePlan, numbers),
        };
    }

    /// <summary>The numbers of the items of <paramref name="meeting"/> that are closed, including sub-items of closed items.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The numbers of closed items.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static IReadOnlySet<ItemNumber> ClosedItemNumbers(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return ItemNumbers.Of(meeting).Closed;
    }

    internal static bool IsOpen(Access access) => access == Access.Open;

    private static TimePlan RedactPlan(TimePlan plan, ItemNumbers numbers)
    {
        var slots = ListMap.Map(plan.Slots, slot => numbers.IsOpenSlot(slot) ? slot : RedactSlot(slot));
        return slots == (object)plan.Slots ? plan : plan with { Slots = slots };
    }

    // The label, notes and guests of a closed slot may name what it is about; the paper prints
    // the item's own (public) title, or "closed item" for anything else.
    private static TimeSlot RedactSlot(TimeSlot slot) => new()
    {
        Kind = Enum.IsDefined(slot.Kind) ? slot.Kind : TimeSlotKind.Other,
        Item = slot.Item,
        Access = Access.Closed,
        Start = slot.Start,
        Duration = slot.Duration,
    };
}
