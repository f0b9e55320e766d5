namespace Kommune.Protocols.Model;

/// <summary>A person named in the papers, with the title printed before the name.</summary>
public sealed record Person
{
    /// <summary>The name (<c>Bettina Andersen</c>).</summary>
    public required string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); }

    /// <summary>The title or role as printed before the name (<c>Økonomichef</c>), if any.</summary>
    public string? Title { get; init; }

    /// <summary>The organisation of a guest from outside (<c>Rambøll</c>, <c>Region Midtjylland</c>), if printed.</summary>
    public string? Organisation { get; init; }

    /// <summary>Title, name and organisation, as printed: <c>Økonomichef Bettina Andersen</c>, <c>Jens Hansen, Rambøll</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var name = Title is null ? Name : $"{Title} {Name}";
        return Organisation is null ? name : $"{name}, {Organisation}";
    }
}

/// <summary>
/// A member of the body (or a substitute) and how they attended this meeting. A member is
/// recorded once; votes, absences, conflicts of interest, statements and substitutions refer to
/// the member by <see cref="Reference"/> (the <see cref="Key"/>, or the name when there is no key),
/// and the paper prints the name with the party letter.
/// </summary>
public sealed record Member
{
    /// <summary>A stable key that other parts of the meeting use to refer to the member (<c>m1</c>, an ESDH id); when absent, the name is the key.</summary>
    public string? Key { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); }

    /// <summary>The party letter (<c>A</c>, <c>V</c>), printed as <c>Erik Nielsen (A)</c>.</summary>
    public string? Party { get; init; }

    /// <summary>A title (<c>Kommunaldirektør</c>), if printed.</summary>
    public string? Title { get; init; }

    /// <summary>The role in the body.</summary>
    public MemberRole Role { get; init; }

    /// <summary>Whether the member attended.</summary>
    public AttendanceStatus Attendance { get; init; }

    /// <summary>The reason for an absence (<c>pga. ferie</c>).</summary>
    public string? AbsenceReason { get; init; }

    /// <summary>Notice of absence was given on the day of the meeting.</summary>
    public bool NoticeOnTheDay { get; init; }

    /// <summary>For a substitute: the member they stand in for (a member's key or name).</summary>
    public string? SubstituteFor { get; init; }

    /// <summary>For a substitute: their rank on the list (<c>1. stedfortræder</c>), if printed.</summary>
    public int? SubstituteRank { get; init; }

    /// <summary>For a substitute: the list they were elected on (<c>liste V</c>), if printed.</summary>
    public string? SubstituteList { get; init; }

    /// <summary>Partial attendance, when the member was present for only part of the meeting.</summary>
    public PartialAttendance? Partial { get; init; }

    /// <summary>Items the member was absent for (<c>Mogens Brauer (C), sag 171-180</c>).</summary>
    public ValueList<ItemRange> AbsentItems { get; init => field = value ?? ValueList<ItemRange>.Empty; } = ValueList<ItemRange>.Empty;

    /// <summary>Leaving and arriving during the meeting, in order.</summary>
    public ValueList<AttendanceChange> Movements { get; init => field = value ?? ValueList<AttendanceChange>.Empty; } = ValueList<AttendanceChange>.Empty;

    /// <summary>How other parts of the meeting refer to this member: the key, or the name when there is no key.</summary>
    public string Reference => Key ?? Name;
}

/// <summary>Presence for only part of a meeting.</summary>
public sealed record PartialAttendance
{
    /// <summary>First item attended (<c>129</c> in <c>sag 129-138</c>).</summary>
    public ItemNumber? FromItem { get; init; }

    /// <summary>Last item attended.</summary>
    public ItemNumber? ToItem { get; init; }

    /// <summary>Arrived at this time.</summary>
    public NodaTime.LocalTime? From { get; init; }

    /// <summary>Left at this time (<c>til kl. 18.40</c>).</summary>
    public NodaTime.LocalTime? Until { get; init; }

    /// <summary>Not present for the closed part of the meeting.</summary>
    public bool AbsentFromClosedPart { get; init; }

    /// <summary>The note as the secretary wrote it (<c>til kl. 18.40 i punkt 2</c>).</summary>
    public string? Note { get; init; }
}

/// <summary>A member's conflict of interest (<i>inhabilitet</i>) on one item: they take no part in it.</summary>
public sealed record ConflictOfInterest
{
    /// <summary>The member (a member's key or name).</summary>
    public required string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); }

    /// <summary>Why, if stated.</summary>
    public string? Reason { get; init; }
}

/// <summary>A signatory on the signature page (<i>Underskriftsside</i>).</summary>
public sealed record Signatory
{
    /// <summary>The name.</summary>
    public required string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); }

    /// <summary>The title printed before the name (<c>Kommunaldirektør</c>).</summary>
    public string? Title { get; init; }

    /// <summary>The signatory's approval of the protocol, once given.</summary>
    public Approval? Approval { get; init; }
}

/// <summary>A signatory's approval of the protocol.</summary>
public sealed record Approval
{
    /// <summary>When it was given, if recorded (digital approval records it; a paper signature may not).</summary>
    public NodaTime.Instant? At { get; init; }

    /// <summary>How it was given (<c>digital</c>, <c>underskrift</c>), if recorded.</summary>
    public string? Method { get; init; }
}
