namespace Kommune.Protocols.Model;

/// <summary>A part of a meeting with its own start (a closed part from 17.00, the open part from 19.00).</summary>
public sealed record MeetingPart
{
    /// <summary>The part's name as printed (<c>Lukket møde</c>); a default is printed from <see cref="Access"/> when absent.</summary>
    public string? Label { get; init; }

    /// <summary>Whether the part is open or closed to the public.</summary>
    public Access Access { get; init; }

    /// <summary>When the part starts.</summary>
    public NodaTime.LocalTime? Start { get; init; }

    /// <summary>When the part ends, if recorded.</summary>
    public NodaTime.LocalTime? End { get; init; }
}

/// <summary>A suspension of the meeting (<i>mødet blev suspenderet kl. 20.10 og genoptaget kl. 20.25</i>).</summary>
public sealed record Suspension
{
    /// <summary>When the meeting was suspended.</summary>
    public NodaTime.LocalTime? At { get; init; }

    /// <summary>When it was resumed; none if it was not.</summary>
    public NodaTime.LocalTime? ResumedAt { get; init; }

    /// <summary>Why, or anything else the secretary wrote.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// Where an item came from or goes to: a meeting of a body, an item there, a case
/// (<c>udsat fra mødet den 14. maj 2024, pkt. 38</c>; <c>videre til Økonomiudvalget</c>).
/// </summary>
public sealed record ItemReference
{
    /// <summary>The body, when another than this meeting's.</summary>
    public string? Body { get; init; }

    /// <summary>The meeting's date, if known.</summary>
    public NodaTime.LocalDate? Date { get; init; }

    /// <summary>The item number there, if known.</summary>
    public ItemNumber? Item { get; init; }

    /// <summary>The case there, if another.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Anything else, as written.</summary>
    public string? Note { get; init; }
}
