using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Scheduling;

/// <summary>
/// The computed time plan of a meeting: the one clock every output prints. The DOCX, HTML and
/// PDF time-plan tables, the sample's <c>schedule</c> command and validation all read their
/// times from here.
/// </summary>
public sealed class Schedule
{
    internal Schedule(ValueList<ScheduledSlot> slots, ZonedDateTime? endsAt, string? endLabel, ValueList<ScheduleProblem> problems)
    {
        Slots = slots;
        EndsAt = endsAt;
        EndLabel = endLabel;
        Problems = problems;
    }

    /// <summary>An empty schedule (the meeting has no time plan).</summary>
    public static Schedule None { get; } = new(ValueList<ScheduledSlot>.Empty, null, null, ValueList<ScheduleProblem>.Empty);

    /// <summary>The slots in order.</summary>
    public ValueList<ScheduledSlot> Slots { get; }

    /// <summary>When the meeting ends: the plan's end, else the meeting's, else the last slot's end; null when unknown.</summary>
    public ZonedDateTime? EndsAt { get; }

    /// <summary>The label printed at the end, as planned (null: use the language's default label).</summary>
    public string? EndLabel { get; }

    /// <summary>What is wrong with the plan.</summary>
    public ValueList<ScheduleProblem> Problems { get; }

    /// <summary>Whether the plan prints an end row: it has an end time or an end label.</summary>
    public bool HasEndRow => EndsAt is not null || EndLabel is not null;
}
