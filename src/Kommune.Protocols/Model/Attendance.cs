namespace Kommune.Protocols.Model;

/// <summary>A range of items by number (<c>sag 171-180</c>); an open end means "from the first" or "to the last".</summary>
public sealed record ItemRange
{
    /// <summary>The first item, or none for "up to and including <see cref="To"/>".</summary>
    public ItemNumber? From { get; init; }

    /// <summary>The last item, or none for "from <see cref="From"/> on".</summary>
    public ItemNumber? To { get; init; }
}

/// <summary>Whether a member left or arrived.</summary>
public enum MovementKind
{
    /// <summary>Left the meeting (<i>forlod mødet</i>, <i>gik</i>).</summary>
    Left,

    /// <summary>Arrived (<i>ankom</i>, <i>kom</i>).</summary>
    Arrived,
}

/// <summary>When, relative to an item, a member left or arrived.</summary>
public enum MovementTiming
{
    /// <summary>While the item was handled (<i>under behandlingen af punkt 9</i>): a member who left took no part in it; one who arrived did.</summary>
    During,

    /// <summary>After the item (<i>efter punkt 7</i>).</summary>
    After,

    /// <summary>Before the item (<i>inden punkt 3</i>).</summary>
    Before,
}

/// <summary>
/// A member leaving or arriving during the meeting: <c>forlod mødet kl. 15.00 under behandlingen
/// af punkt 9</c>, <c>ankom kl. 17.25</c>. A member who left is absent from every later item
/// (derived, in handling order); one who arrived is absent from the items before.
/// </summary>
public sealed record AttendanceChange
{
    /// <summary>Left or arrived.</summary>
    public MovementKind Kind { get; init; }

    /// <summary>The time, if recorded.</summary>
    public NodaTime.LocalTime? At { get; init; }

    /// <summary>The item it happened at, if recorded.</summary>
    public ItemNumber? Item { get; init; }

    /// <summary>When, relative to <see cref="Item"/>.</summary>
    public MovementTiming Timing { get; init; }

    /// <summary>A note as the secretary wrote it, printed after the rest.</summary>
    public string? Note { get; init; }
}
