using System.Text.Json.Serialization;

namespace Kommune.Protocols.Benchmarks.Baselines;

// Plain DTOs with the same JSON shape as the meeting format (schemaVersion 2): strings for
// values, lists, nullable flags (so false is left out as ours does). What a hand-rolled
// serializer would use. Members are declared in the order our writer emits them, because the
// serializer writes in declaration order; JsonCheck (`--check`) proves the bytes are identical.
#pragma warning disable SA1402, SA1649 // one file keeps the baseline readable as a whole

/// <summary>The root: a meeting behind its <c>schemaVersion</c>.</summary>
public sealed class MeetingDto
{
    public int SchemaVersion { get; set; }
    public string Municipality { get; set; } = "";
    public BodyDto Body { get; set; } = new();
    public string? Kind { get; set; }
    public List<BodyDto>? JointBodies { get; set; }
    public bool? Cancelled { get; set; }
    public string? CancellationReason { get; set; }
    public string Date { get; set; } = "";
    public string? Start { get; set; }
    public string? End { get; set; }
    public List<MeetingPartDto>? Parts { get; set; }
    public List<SuspensionDto>? Suspensions { get; set; }
    public string? Location { get; set; }
    public string? Stage { get; set; }
    public string? Edition { get; set; }
    public List<MemberDto>? Members { get; set; }
    public bool? AllMembersPresent { get; set; }
    public string? ActingChair { get; set; }
    public List<BlockDto>? Notes { get; set; }
    public List<ItemDto>? Items { get; set; }
    public TimePlanDto? TimePlan { get; set; }
    public List<UpcomingDto>? UpcomingMeetings { get; set; }
    public List<SignatoryDto>? Signatories { get; set; }
}

/// <summary>A body (the meeting's own or a joint one).</summary>
public sealed class BodyDto
{
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
}

/// <summary>An open or closed part of the meeting.</summary>
public sealed class MeetingPartDto
{
    public string? Label { get; set; }
    public string? Access { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
}

/// <summary>A suspension of the meeting.</summary>
public sealed class SuspensionDto
{
    public string? At { get; set; }
    public string? ResumedAt { get; set; }
    public string? Note { get; set; }
}

/// <summary>A member (or substitute) and how they attended.</summary>
public sealed class MemberDto
{
    public string? Key { get; set; }
    public string Name { get; set; } = "";
    public string? Party { get; set; }
    public string? Title { get; set; }
    public string? Role { get; set; }
    public string? Attendance { get; set; }
    public string? AbsenceReason { get; set; }
    public bool? NoticeOnTheDay { get; set; }
    public string? SubstituteFor { get; set; }
    public int? SubstituteRank { get; set; }
    public string? SubstituteList { get; set; }
    public PartialAttendanceDto? Partial { get; set; }
    public List<ItemRangeDto>? AbsentItems { get; set; }
    public List<MovementDto>? Movements { get; set; }
}

/// <summary>Presence for part of the meeting.</summary>
public sealed class PartialAttendanceDto
{
    public string? FromItem { get; set; }
    public string? ToItem { get; set; }
    public string? From { get; set; }
    public string? Until { get; set; }
    public bool? AbsentFromClosedPart { get; set; }
    public string? Note { get; set; }
}

/// <summary>A range of items a member was absent for.</summary>
public sealed class ItemRangeDto
{
    public string? From { get; set; }
    public string? To { get; set; }
}

/// <summary>A member leaving or arriving during the meeting.</summary>
public sealed class MovementDto
{
    public string? Kind { get; set; }
    public string? At { get; set; }
    public string? Item { get; set; }
    public string? Timing { get; set; }
    public string? Note { get; set; }
}

/// <summary>A person named in the papers.</summary>
public sealed class PersonDto
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Organisation { get; set; }
}

/// <summary>An agenda item (or sub-item).</summary>
public sealed class ItemDto
{
    public string? Number { get; set; }
    public string Title { get; set; } = "";
    public string? Access { get; set; }
    public string? PublicTitle { get; set; }
    public string? CaseNumber { get; set; }
    public string? CaseRoute { get; set; }
    public string? DecisionAuthority { get; set; }
    public PersonDto? CaseOwner { get; set; }
    public PersonDto? CaseHandler { get; set; }
    public string? Purpose { get; set; }
    public PersonDto? Presenter { get; set; }
    public string? PlannedDuration { get; set; }
    public bool? Supplementary { get; set; }
    public bool? AddedAtMeeting { get; set; }
    public string? AddedReason { get; set; }
    public int? HandlingOrder { get; set; }
    public string? Status { get; set; }
    public string? StatusReason { get; set; }
    public ItemReferenceDto? CameFrom { get; set; }
    public ItemReferenceDto? GoesTo { get; set; }
    public List<ItemReferenceDto>? UpcomingTreatment { get; set; }
    public List<SectionDto>? Sections { get; set; }
    public RecommendationDto? Recommendation { get; set; }
    public List<AttachmentDto>? Attachments { get; set; }
    public DecisionDto? Decision { get; set; }
    public List<BlockDto>? PublicDecision { get; set; }
    public List<PersonDto>? Guests { get; set; }
    public List<string>? AbsentMembers { get; set; }
    public List<ConflictOfInterestDto>? ConflictsOfInterest { get; set; }
    public List<EarlierDecisionDto>? History { get; set; }
    public List<FollowUpDto>? FollowUps { get; set; }
    public List<ItemDto>? SubItems { get; set; }
}

/// <summary>Where an item came from or goes to.</summary>
public sealed class ItemReferenceDto
{
    public string? Body { get; set; }
    public string? Date { get; set; }
    public string? Item { get; set; }
    public string? CaseNumber { get; set; }
    public string? Note { get; set; }
}

/// <summary>A section of an item's case description.</summary>
public sealed class SectionDto
{
    public string? Kind { get; set; }
    public string? Heading { get; set; }
    public List<BlockDto>? Content { get; set; }
}

/// <summary>A rich text block; its <c>type</c> comes first, as ours writes it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ParagraphDto), "paragraph")]
[JsonDerivedType(typeof(BulletListDto), "bulletList")]
[JsonDerivedType(typeof(NumberedListDto), "numberedList")]
[JsonDerivedType(typeof(TableDto), "table")]
[JsonDerivedType(typeof(TimePlanBlockDto), "timePlan")]
[JsonDerivedType(typeof(UpcomingBlockDto), "upcomingMeetings")]
public abstract class BlockDto;

/// <summary>A paragraph.</summary>
public sealed class ParagraphDto : BlockDto
{
    public List<RunDto>? Runs { get; set; }
}

/// <summary>A run of text.</summary>
public sealed class RunDto
{
    public string Text { get; set; } = "";
    public bool? Bold { get; set; }
    public bool? Italic { get; set; }
}

/// <summary>A list entry.</summary>
public sealed class EntryDto
{
    public List<RunDto>? Runs { get; set; }
}

/// <summary>A bullet list.</summary>
public sealed class BulletListDto : BlockDto
{
    public List<EntryDto>? Items { get; set; }
}

/// <summary>A numbered list.</summary>
public sealed class NumberedListDto : BlockDto
{
    public List<EntryDto>? Items { get; set; }
}

/// <summary>A table.</summary>
public sealed class TableDto : BlockDto
{
    public bool? HasHeaderRow { get; set; }
    public List<RowDto>? Rows { get; set; }
}

/// <summary>A table row.</summary>
public sealed class RowDto
{
    public List<CellDto>? Cells { get; set; }
}

/// <summary>A table cell.</summary>
public sealed class CellDto
{
    public List<BlockDto>? Content { get; set; }
}

/// <summary>Places the meeting's time plan.</summary>
public sealed class TimePlanBlockDto : BlockDto;

/// <summary>Places the coming meetings table.</summary>
public sealed class UpcomingBlockDto : BlockDto;

/// <summary>An item's recommendation.</summary>
public sealed class RecommendationDto
{
    public string? Recommender { get; set; }
    public List<BlockDto>? Text { get; set; }
    public List<string>? Points { get; set; }
}

/// <summary>An attachment.</summary>
public sealed class AttachmentDto
{
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string? Access { get; set; }
    public string? DocumentNumber { get; set; }
    public string? FileName { get; set; }
    public string? MediaType { get; set; }
}

/// <summary>The decision on an item.</summary>
public sealed class DecisionDto
{
    public string? Body { get; set; }
    public string? Date { get; set; }
    public string? Outcome { get; set; }
    public string? OutcomeText { get; set; }
    public List<BlockDto>? Text { get; set; }
    public List<PointDecisionDto>? Points { get; set; }
    public List<VoteDto>? Votes { get; set; }
    public List<StatementDto>? Statements { get; set; }
    public List<RemarkDto>? Remarks { get; set; }
    public List<BlockDto>? Conclusion { get; set; }
}

/// <summary>The decision on one recommendation point.</summary>
public sealed class PointDecisionDto
{
    public int Point { get; set; }
    public string? Outcome { get; set; }
    public List<BlockDto>? Text { get; set; }
}

/// <summary>A vote.</summary>
public sealed class VoteDto
{
    public string? Kind { get; set; }
    public string? Motion { get; set; }
    public string? Proposer { get; set; }
    public int? Point { get; set; }
    public bool? RollCall { get; set; }
    public TallyDto? For { get; set; }
    public TallyDto? Against { get; set; }
    public TallyDto? Abstaining { get; set; }
    public TallyDto? Reservation { get; set; }
    public string? Result { get; set; }
}

/// <summary>One side of a vote.</summary>
public sealed class TallyDto
{
    public int? Count { get; set; }
    public List<string>? Members { get; set; }
    public List<string>? Parties { get; set; }
}

/// <summary>A statement placed before or after a vote.</summary>
public sealed class StatementDto
{
    public string? Kind { get; set; }
    public List<string>? Authors { get; set; }
    public List<BlockDto>? Text { get; set; }
    public int? Vote { get; set; }
    public string? Placement { get; set; }
}

/// <summary>A protocol remark with one author.</summary>
public sealed class RemarkDto
{
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>A member's conflict of interest.</summary>
public sealed class ConflictOfInterestDto
{
    public string Name { get; set; } = "";
    public string? Reason { get; set; }
}

/// <summary>An earlier decision in an item's history.</summary>
public sealed class EarlierDecisionDto
{
    public string Body { get; set; } = "";
    public string? Date { get; set; }
    public string? ItemNumber { get; set; }
    public string? CaseNumber { get; set; }
    public string? Outcome { get; set; }
    public string? Text { get; set; }
    public List<PointDecisionDto>? Points { get; set; }
    public List<VoteDto>? Votes { get; set; }
    public List<string>? Absent { get; set; }
}

/// <summary>A follow-up action.</summary>
public sealed class FollowUpDto
{
    public string What { get; set; } = "";
    public string? Who { get; set; }
    public string? Due { get; set; }
}

/// <summary>The meeting's time plan.</summary>
public sealed class TimePlanDto
{
    public List<SlotDto>? Slots { get; set; }
    public string? End { get; set; }
    public string? EndLabel { get; set; }
}

/// <summary>A slot of the time plan.</summary>
public sealed class SlotDto
{
    public string? Kind { get; set; }
    public string? Item { get; set; }
    public string? Label { get; set; }
    public string? Access { get; set; }
    public string? Start { get; set; }
    public string? Duration { get; set; }
    public List<PersonDto>? Guests { get; set; }
    public List<string>? Notes { get; set; }
}

/// <summary>A coming meeting.</summary>
public sealed class UpcomingDto
{
    public string Date { get; set; } = "";
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Note { get; set; }
    public List<string>? Topics { get; set; }
}

/// <summary>Who signs the protocol.</summary>
public sealed class SignatoryDto
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public ApprovalDto? Approval { get; set; }
}

/// <summary>How and when a signatory approved.</summary>
public sealed class ApprovalDto
{
    public string? At { get; set; }
    public string? Method { get; set; }
}

/// <summary>
/// The baseline's one context. Unknown members are refused, so a member added to the format
/// later fails the baseline's read instead of being skipped (which made it look faster).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true,
    NewLine = "\n")]
[JsonSerializable(typeof(MeetingDto))]
public sealed partial class DtoContext : JsonSerializerContext;
#pragma warning restore SA1402, SA1649
