using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Scheduling;

/// <summary>A problem found while scheduling: what, where, and the times involved. Validation turns it into a coded, worded issue.</summary>
public sealed class ScheduleProblem
{
    internal ScheduleProblem(ScheduleProblemKind kind, string path, int? slotIndex = null, ItemNumber? item = null, LocalTime? time = null, LocalTime? limit = null)
    {
        Kind = kind;
        Path = path;
        SlotIndex = slotIndex;
        Item = item;
        Time = time;
        Limit = limit;
    }

    /// <summary>What is wrong.</summary>
    public ScheduleProblemKind Kind { get; }

    /// <summary>Where in the model (<c>timePlan.slots[3]</c>, <c>items[2]</c>, <c>timePlan</c>).</summary>
    public string Path { get; }

    /// <summary>The slot's position in the plan, when the problem is one slot's.</summary>
    public int? SlotIndex { get; }

    /// <summary>The item number involved (<see cref="ScheduleProblemKind.UnknownItem"/>, <see cref="ScheduleProblemKind.MissingSlot"/>).</summary>
    public ItemNumber? Item { get; }

    /// <summary>The time found: a slot's fixed start (<see cref="ScheduleProblemKind.Overlap"/>) or the plan's end (<see cref="ScheduleProblemKind.PastEnd"/>).</summary>
    public LocalTime? Time { get; }

    /// <summary>The time it conflicts with: the previous slot's end, or the meeting's end.</summary>
    public LocalTime? Limit { get; }

    /// <summary>A short description for logs: kind and path.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} at {Path}";
}
