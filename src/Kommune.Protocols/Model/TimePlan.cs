namespace Kommune.Protocols.Model;

/// <summary>
/// The time plan (<i>tidsplan</i>): slots in order, each at a fixed time or after the previous
/// one, and the meeting's end. A plan whose slots all have fixed times is checked, not moved.
/// </summary>
public sealed record TimePlan
{
    /// <summary>The slots, in order.</summary>
    public ValueList<TimeSlot> Slots { get; init => field = value ?? ValueList<TimeSlot>.Empty; } = ValueList<TimeSlot>.Empty;

    /// <summary>When the meeting ends according to the plan (<c>11.45 Mødet afsluttes</c>).</summary>
    public NodaTime.LocalTime? End { get; init; }

    /// <summary>The label printed at the end (<c>Mødet afsluttes</c>); a default label is used when absent.</summary>
    public string? EndLabel { get; init; }

    /// <summary>
    /// A time plan of the meeting's items, one slot per top-level item in print order, each
    /// lasting the item's <see cref="AgendaItem.PlannedDuration"/> and starting when the previous
    /// one ends, the first at the meeting's <see cref="Meeting.Start"/>: set it with
    /// <c>meeting with { TimePlan = TimePlan.FromItems(meeting) }</c> and
    /// <c>MeetingScheduler.Schedule</c> gives the times. Nothing is invented: no break, no fixed
    /// time, no end (the meeting's <see cref="Meeting.End"/> is the plan's, if set). A numbered
    /// item's slot refers to it, so its duration follows the item's; an unnumbered item
    /// (<i>Spørgetid</i>) gets a slot of kind <see cref="TimeSlotKind.Other"/> with its title,
    /// access and duration. Sub-items share their item's slot. An item without a planned
    /// duration lasts until the plan's end if it is the last, and otherwise leaves the times
    /// after it unknown, which the schedule reports (<c>ScheduleProblemKind.UnknownLength</c>), as
    /// it reports a meeting without a start.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The plan (with no slots when the meeting has no items).</returns>
    /// <remarks>Thread-safe.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static TimePlan FromItems(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var slots = new TimeSlot[meeting.Items.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            var item = meeting.Items[i];
            slots[i] = item.Number is { } number
                ? new TimeSlot { Kind = TimeSlotKind.Item, Item = number }
                : new TimeSlot { Kind = TimeSlotKind.Other, Label = item.Title, Access = item.Access, Duration = item.PlannedDuration };
        }

        return new TimePlan { Slots = ValueList.Wrap(slots) };
    }
}

/// <summary>A slot in the time plan.</summary>
public sealed record TimeSlot
{
    /// <summary>What the slot holds.</summary>
    public TimeSlotKind Kind { get; init; }

    /// <summary>For <see cref="TimeSlotKind.Item"/>: the agenda item's number.</summary>
    public ItemNumber? Item { get; init; }

    /// <summary>The text printed in the plan; for an item, the item's title is used when absent.</summary>
    public string? Label { get; init; }

    /// <summary>Open or closed, for a slot that is not one of this meeting's items (an item slot follows its item).</summary>
    public Access Access { get; init; }

    /// <summary>A fixed start; without one, the slot starts when the previous one ends.</summary>
    public NodaTime.LocalTime? Start { get; init; }

    /// <summary>The duration; for an item, the item's planned duration is used when absent.</summary>
    public NodaTime.Duration? Duration { get; init; }

    /// <summary>Guests for this slot only (<i>deltager under behandlingen</i>).</summary>
    public ValueList<Person> Guests { get; init => field = value ?? ValueList<Person>.Empty; } = ValueList<Person>.Empty;

    /// <summary>Notes printed under the slot, as paragraphs.</summary>
    public ValueList<string> Notes { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;
}
