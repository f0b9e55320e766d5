using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Scheduling;

/// <summary>The computed time plan of a meeting.</summary>
public sealed record Schedule
{
    /// <summary>The slots in order.</summary>
    public ValueList<ScheduledSlot> Slots { get; init; } = ValueList<ScheduledSlot>.Empty;

    /// <summary>When the meeting ends: the plan's end, else the meeting's, else the last slot's end.</summary>
    public ZonedDateTime? EndsAt { get; init; }

    /// <summary>The label printed at the end, as planned (null: use the default label).</summary>
    public string? EndLabel { get; init; }

    /// <summary>What is wrong with the plan.</summary>
    public ValueList<ScheduleProblem> Problems { get; init; } = ValueList<ScheduleProblem>.Empty;
}
