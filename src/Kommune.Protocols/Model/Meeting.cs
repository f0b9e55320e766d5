namespace Kommune.Protocols.Model;

/// <summary>
/// A meeting of a municipal body and its papers: the agenda before, the protocol after.
/// Construction never validates, so a half-finished agenda can be built and checked in one go
/// (see <c>Kommune.Protocols.Validation.MeetingValidator</c>).
/// </summary>
public sealed partial record Meeting
{
    /// <summary>The municipality (<c>Norddjurs Kommune</c>).</summary>
    public required string Municipality { get; init => field = value ?? throw new ArgumentNullException(nameof(Municipality)); }

    /// <summary>The body that meets.</summary>
    public required Body Body { get; init => field = value ?? throw new ArgumentNullException(nameof(Body)); }

    /// <summary>The kind of meeting.</summary>
    public MeetingKind Kind { get; init; }

    /// <summary>For a joint meeting: the other bodies that meet (printed with <see cref="Body"/>).</summary>
    public ValueList<Body> JointBodies { get; init => field = value ?? ValueList<Body>.Empty; } = ValueList<Body>.Empty;

    /// <summary>The meeting was cancelled (<i>aflyst</i>).</summary>
    public bool Cancelled { get; init; }

    /// <summary>Why it was cancelled, if stated.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>The date, in Danish local time.</summary>
    public required NodaTime.LocalDate Date { get; init; }

    /// <summary>The start time.</summary>
    public NodaTime.LocalTime? Start { get; init; }

    /// <summary>The end time (<i>Mødet sluttede kl. 21.33</i>); printed even when the start is not known.</summary>
    public NodaTime.LocalTime? End { get; init; }

    /// <summary>Parts with their own start (a closed part from 17.00, the open part from 19.00), in order.</summary>
    public ValueList<MeetingPart> Parts { get; init => field = value ?? ValueList<MeetingPart>.Empty; } = ValueList<MeetingPart>.Empty;

    /// <summary>Suspensions of the meeting, in order.</summary>
    public ValueList<Suspension> Suspensions { get; init => field = value ?? ValueList<Suspension>.Empty; } = ValueList<Suspension>.Empty;

    /// <summary>The place (<c>Byrådssalen</c>).</summary>
    public string? Location { get; init; }

    /// <summary>How far the paper has come.</summary>
    public DocumentStage Stage { get; init; }

    /// <summary>Internal (everything) or public (closed content removed).</summary>
    public MeetingEdition Edition { get; init; }

    /// <summary>Members and substitutes with their attendance.</summary>
    public ValueList<Member> Members { get; init => field = value ?? ValueList<Member>.Empty; } = ValueList<Member>.Empty;

    /// <summary>The paper states that every member attended (<i>Alle medlemmer var mødt</i>).</summary>
    public bool AllMembersPresent { get; init; }

    /// <summary>Who chaired the meeting when not its chair (<i>1. næstformand Hanne Roed var mødeleder</i>): a member's key or name.</summary>
    public string? ActingChair { get; init; }

    /// <summary>Notes before the items (a preamble): announcements, the agenda's approval, changes to it.</summary>
    public ValueList<Block> Notes { get; init => field = value ?? ValueList<Block>.Empty; } = ValueList<Block>.Empty;

    /// <summary>The items, in the order they are printed (see <see cref="AgendaItem.HandlingOrder"/> for the order they were handled in).</summary>
    public ValueList<AgendaItem> Items { get; init => field = value ?? ValueList<AgendaItem>.Empty; } = ValueList<AgendaItem>.Empty;

    /// <summary>The time plan, if the meeting has one.</summary>
    public TimePlan? TimePlan { get; init; }

    /// <summary>Coming meetings with their planned topics.</summary>
    public ValueList<UpcomingMeeting> UpcomingMeetings { get; init => field = value ?? ValueList<UpcomingMeeting>.Empty; } = ValueList<UpcomingMeeting>.Empty;

    /// <summary>The signatories of the protocol.</summary>
    public ValueList<Signatory> Signatories { get; init => field = value ?? ValueList<Signatory>.Empty; } = ValueList<Signatory>.Empty;
}
