namespace Kommune.Protocols.Scheduling;

/// <summary>What is wrong with a time plan. Validation reports each kind under its own code (KP501-KP508).</summary>
public enum ScheduleProblemKind
{
    /// <summary>Neither the meeting nor the first slot has a start time, so the first slots' times are unknown.</summary>
    NoStart,

    /// <summary>An item slot names no item, or an item that is not on the agenda.</summary>
    UnknownItem,

    /// <summary>A fixed start lies before the previous slot ends.</summary>
    Overlap,

    /// <summary>A slot starts before the meeting.</summary>
    BeforeMeeting,

    /// <summary>The plan runs past the meeting's end.</summary>
    PastEnd,

    /// <summary>An item has no slot while other items have one.</summary>
    MissingSlot,

    /// <summary>A slot's length cannot be known: no duration, no item duration, no fixed time after it.</summary>
    UnknownLength,

    /// <summary>A slot's duration is negative.</summary>
    NegativeLength,

    /// <summary>The plan's times fall outside the range the calendar can hold (dates near year 1 or 9999).</summary>
    OutOfRange,
}
