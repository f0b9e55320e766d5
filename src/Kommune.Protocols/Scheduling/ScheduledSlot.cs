using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Scheduling;

/// <summary>A slot of the time plan with its computed times (unknown where the plan does not say).</summary>
public sealed class ScheduledSlot
{
    internal ScheduledSlot(int index, TimeSlot slot, AgendaItem? item, ZonedDateTime? startsAt, ZonedDateTime? endsAt)
    {
        Index = index;
        Slot = slot;
        Item = item;
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    /// <summary>The slot's position in the plan.</summary>
    public int Index { get; }

    /// <summary>The slot as planned.</summary>
    public TimeSlot Slot { get; }

    /// <summary>The agenda item, for an item slot whose item exists.</summary>
    public AgendaItem? Item { get; }

    /// <summary>When the slot starts, in Danish local time; null when the plan does not say (no start before it).</summary>
    public ZonedDateTime? StartsAt { get; }

    /// <summary>When the slot ends; null when its length or start is unknown.</summary>
    public ZonedDateTime? EndsAt { get; }

    /// <summary>The wall-clock start, when known.</summary>
    public LocalTime? Start => StartsAt?.TimeOfDay;

    /// <summary>The wall-clock end, when known.</summary>
    public LocalTime? End => EndsAt?.TimeOfDay;

    /// <summary>The elapsed time, when both ends are known (it differs from the wall-clock difference across a summer-time change).</summary>
    public Duration? Duration => StartsAt is { } s && EndsAt is { } e ? e.ToInstant() - s.ToInstant() : null;
}
