using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Json;

/// <summary>
/// The root of the JSON file: <see cref="Meeting"/>'s members behind a <c>schemaVersion</c>.
/// A separate type keeps the version out of the model and needs no run-time contract tricks
/// (which would not be AOT-safe); a test checks it has exactly Meeting's members.
/// </summary>
internal sealed record MeetingDocument
{
    public required int SchemaVersion { get; init; }

    public required string Municipality { get; init => field = value ?? throw new ArgumentNullException(nameof(Municipality)); }

    public required Body Body { get; init => field = value ?? throw new ArgumentNullException(nameof(Body)); }

    public MeetingKind Kind { get; init; }

    public ValueList<Body> JointBodies { get; init; } = ValueList<Body>.Empty;

    public bool Cancelled { get; init; }

    public string? CancellationReason { get; init; }

    public required LocalDate Date { get; init; }

    public LocalTime? Start { get; init; }

    public LocalTime? End { get; init; }

    public ValueList<MeetingPart> Parts { get; init; } = ValueList<MeetingPart>.Empty;

    public ValueList<Suspension> Suspensions { get; init; } = ValueList<Suspension>.Empty;

    public string? Location { get; init; }

    public DocumentStage Stage { get; init; }

    public MeetingEdition Edition { get; init; }

    public ValueList<Member> Members { get; init; } = ValueList<Member>.Empty;

    public bool AllMembersPresent { get; init; }

    public string? ActingChair { get; init; }

    public ValueList<Block> Notes { get; init; } = ValueList<Block>.Empty;

    public ValueList<AgendaItem> Items { get; init; } = ValueList<AgendaItem>.Empty;

    public TimePlan? TimePlan { get; init; }

    public ValueList<UpcomingMeeting> UpcomingMeetings { get; init; } = ValueList<UpcomingMeeting>.Empty;

    public ValueList<Signatory> Signatories { get; init; } = ValueList<Signatory>.Empty;

    public static MeetingDocument From(Meeting m) => new()
    {
        SchemaVersion = MeetingJsonOptions.SchemaVersion,
        Municipality = m.Municipality,
        Body = m.Body,
        Kind = m.Kind,
        JointBodies = m.JointBodies,
        Cancelled = m.Cancelled,
        CancellationReason = m.CancellationReason,
        Parts = m.Parts,
        Suspensions = m.Suspensions,
        AllMembersPresent = m.AllMembersPresent,
        ActingChair = m.ActingChair,
        Notes = m.Notes,
        Date = m.Date,
        Start = m.Start,
        End = m.End,
        Location = m.Location,
        Stage = m.Stage,
        Edition = m.Edition,
        Members = m.Members,
        Items = m.Items,
        TimePlan = m.TimePlan,
        UpcomingMeetings = m.UpcomingMeetings,
        Signatories = m.Signatories,
    };

    public Meeting ToMeeting() => new()
    {
        Municipality = Municipality,
        Body = Body,
        Kind = Kind,
        JointBodies = JointBodies,
        Cancelled = Cancelled,
        CancellationReason = CancellationReason,
        Parts = Parts,
        Suspensions = Suspensions,
        AllMembersPresent = AllMembersPresent,
        ActingChair = ActingChair,
        Notes = Notes,
        Date = Date,
        Start = Start,
        End = End,
        Location = Location,
        Stage = Stage,
        Edition = Edition,
        Members = Members,
        Items = Items,
        TimePlan = TimePlan,
        UpcomingMeetings = UpcomingMeetings,
        Signatories = Signatories,
    };
}
