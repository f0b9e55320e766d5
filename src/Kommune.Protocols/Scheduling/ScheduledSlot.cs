using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Scheduling;

/// <summary>A slot of the time plan with its computed times.</summary>
public sealed record ScheduledSlot
{
    /// <summary>The slot's position in the plan.</summary>
    public required int Index { get; init; }

    /// <summary>The slot as planned.</summary>
    public required TimeSlot Slot { get; init => field = value ?? throw new ArgumentNullException(nameof(Slot)); }

    /// <summary>The agenda item, for an item slot whose item exists.</summary>
    public AgendaItem? Item { get; init; }

    /// <summary>The text to print: the slot's label, else the item's title; null when neither exists (a redacted closed slot).</summary>
    public string? Label { get; init; }

    /// <summary>When the slot starts, on the meeting's date in Danish local time.</summary>
    public required ZonedDateTime StartsAt { get; init; }

    /// <summary>When the slot ends.</summary>
    public required ZonedDateTime EndsAt { get; init; }

    /// <summary>The wall-clock start.</summary>
    public LocalTime Start => StartsAt.TimeOfDay;

    /// <summary>The wall-clock end.</summary>
    public LocalTime End => EndsAt.TimeOfDay;

    /// <summary>The elapsed time (which differs from the wall-clock difference across a summer-time change).</summary>
    public Duration Duration => EndsAt.ToInstant() - StartsAt.ToInstant();
}
