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

    public required LocalDate Date { get; init; }

    public LocalTime? Start { get; init; }

    public LocalTime? End { get; init; }

    public string? Location { get; init; }

    public DocumentStage Stage { get; init; }

    public MeetingEdition Edition { get; init; }

    public ValueList<Member> Members { get; init; } = ValueList<Member>.Empty;

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
