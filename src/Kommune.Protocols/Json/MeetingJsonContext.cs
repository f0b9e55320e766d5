using System.Text.Json.Serialization;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Json;

/// <summary>
/// The source-generated contract of the meeting JSON: no reflection at run time, so the
/// library stays trim- and AOT-safe. Converters and the block polymorphism are added by
/// <see cref="MeetingJsonOptions"/>, so the model itself carries no JSON attributes.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(MeetingDocument))]
[JsonSerializable(typeof(Body))]
[JsonSerializable(typeof(Member))]
[JsonSerializable(typeof(PartialAttendance))]
[JsonSerializable(typeof(AgendaItem))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(Section))]
[JsonSerializable(typeof(Block))]
[JsonSerializable(typeof(Paragraph))]
[JsonSerializable(typeof(TextRun))]
[JsonSerializable(typeof(BulletList))]
[JsonSerializable(typeof(NumberedList))]
[JsonSerializable(typeof(ListItem))]
[JsonSerializable(typeof(Table))]
[JsonSerializable(typeof(TableRow))]
[JsonSerializable(typeof(TableCell))]
[JsonSerializable(typeof(TimePlanBlock))]
[JsonSerializable(typeof(UpcomingMeetingsBlock))]
[JsonSerializable(typeof(Recommendation))]
[JsonSerializable(typeof(Attachment))]
[JsonSerializable(typeof(Decision))]
[JsonSerializable(typeof(Vote))]
[JsonSerializable(typeof(VoteTally))]
[JsonSerializable(typeof(ProtocolRemark))]
[JsonSerializable(typeof(EarlierDecision))]
[JsonSerializable(typeof(FollowUpAction))]
[JsonSerializable(typeof(ConflictOfInterest))]
[JsonSerializable(typeof(Signatory))]
[JsonSerializable(typeof(Approval))]
[JsonSerializable(typeof(TimePlan))]
[JsonSerializable(typeof(TimeSlot))]
[JsonSerializable(typeof(UpcomingMeeting))]
[JsonSerializable(typeof(ItemRange))]
[JsonSerializable(typeof(AttendanceChange))]
[JsonSerializable(typeof(MeetingPart))]
[JsonSerializable(typeof(Suspension))]
[JsonSerializable(typeof(ItemReference))]
[JsonSerializable(typeof(PointDecision))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalTime))]
[JsonSerializable(typeof(Duration))]
[JsonSerializable(typeof(Instant))]
internal sealed partial class MeetingJsonContext : JsonSerializerContext;
