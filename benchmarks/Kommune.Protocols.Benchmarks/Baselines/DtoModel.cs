using System.Text.Json.Serialization;

namespace Kommune.Protocols.Benchmarks.Baselines;

// Plain DTOs with the same JSON shape as the meeting format: strings for values, lists,
// nullable flags (so false is left out as ours does). What a hand-rolled serializer would use.
#pragma warning disable SA1402, SA1649 // one file keeps the baseline readable as a whole
public sealed class MeetingDto
{
    public int SchemaVersion { get; set; }
    public string Municipality { get; set; } = "";
    public BodyDto Body { get; set; } = new();
    public string? Kind { get; set; }
    public string Date { get; set; } = "";
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Location { get; set; }
    public string? Stage { get; set; }
    public string? Edition { get; set; }
    public List<MemberDto>? Members { get; set; }
    public List<ItemDto>? Items { get; set; }
    public TimePlanDto? TimePlan { get; set; }
    public List<UpcomingDto>? UpcomingMeetings { get; set; }
    public List<SignatoryDto>? Signatories { get; set; }
}

public sealed class BodyDto
{
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
}

public sealed class MemberDto
{
    public string Name { get; set; } = "";
    public string? Party { get; set; }
    public string? Title { get; set; }
    public string? Role { get; set; }
    public string? Attendance { get; set; }
    public string? AbsenceReason { get; set; }
    public bool? NoticeOnTheDay { get; set; }
    public string? SubstituteFor { get; set; }
}

public sealed class PersonDto
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
}

public sealed class ItemDto
{
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Access { get; set; }
    public string? CaseNumber { get; set; }
    public string? CaseRoute { get; set; }
    public string? DecisionAuthority { get; set; }
    public PersonDto? CaseOwner { get; set; }
    public PersonDto? CaseHandler { get; set; }
    public string? Purpose { get; set; }
    public PersonDto? Presenter { get; set; }
    public string? PlannedDuration { get; set; }
    public bool? Supplementary { get; set; }
    public List<SectionDto>? Sections { get; set; }
    public RecommendationDto? Recommendation { get; set; }
    public List<AttachmentDto>? Attachments { get; set; }
    public DecisionDto? Decision { get; set; }
    public List<PersonDto>? Guests { get; set; }
    public List<string>? AbsentMembers { get; set; }
    public List<EarlierDecisionDto>? History { get; set; }
    public List<ItemDto>? SubItems { get; set; }
}

public sealed class SectionDto
{
    public string? Kind { get; set; }
    public string? Heading { get; set; }
    public List<BlockDto>? Content { get; set; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ParagraphDto), "paragraph")]
[JsonDerivedType(typeof(BulletListDto), "bulletList")]
[JsonDerivedType(typeof(NumberedListDto), "numberedList")]
[JsonDerivedType(typeof(TableDto), "table")]
[JsonDerivedType(typeof(TimePlanBlockDto), "timePlan")]
[JsonDerivedType(typeof(UpcomingBlockDto), "upcomingMeetings")]
public abstract class BlockDto;

public sealed class ParagraphDto : BlockDto
{
    public List<RunDto>? Runs { get; set; }
}

public sealed class RunDto
{
    public string Text { get; set; } = "";
    public bool? Bold { get; set; }
    public bool? Italic { get; set; }
}

public sealed class EntryDto
{
    public List<RunDto>? Runs { get; set; }
}

public sealed class BulletListDto : BlockDto
{
    public List<EntryDto>? Items { get; set; }
}

public sealed class NumberedListDto : BlockDto
{
    public List<EntryDto>? Items { get; set; }
}

public sealed class TableDto : BlockDto
{
    public bool? HasHeaderRow { get; set; }
    public List<RowDto>? Rows { get; set; }
}

public sealed class RowDto
{
    public List<CellDto>? Cells { get; set; }
}

public sealed class CellDto
{
    public List<BlockDto>? Content { get; set; }
}

public sealed class TimePlanBlockDto : BlockDto;

public sealed class UpcomingBlockDto : BlockDto;

public sealed class RecommendationDto
{
    public string? Recommender { get; set; }
    public List<BlockDto>? Text { get; set; }
    public List<string>? Points { get; set; }
}

public sealed class AttachmentDto
{
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string? Access { get; set; }
    public string? DocumentNumber { get; set; }
    public string? FileName { get; set; }
    public string? MediaType { get; set; }
}

public sealed class DecisionDto
{
    public string? Body { get; set; }
    public string? Date { get; set; }
    public string? Outcome { get; set; }
    public string? OutcomeText { get; set; }
    public List<BlockDto>? Text { get; set; }
    public List<VoteDto>? Votes { get; set; }
}

public sealed class VoteDto
{
    public int? Point { get; set; }
    public TallyDto? For { get; set; }
    public TallyDto? Against { get; set; }
    public TallyDto? Abstaining { get; set; }
}

public sealed class TallyDto
{
    public int? Count { get; set; }
    public List<string>? Members { get; set; }
    public List<string>? Parties { get; set; }
}

public sealed class EarlierDecisionDto
{
    public string Body { get; set; } = "";
    public string Date { get; set; } = "";
    public string? ItemNumber { get; set; }
    public string Text { get; set; } = "";
}

public sealed class TimePlanDto
{
    public List<SlotDto>? Slots { get; set; }
    public string? End { get; set; }
    public string? EndLabel { get; set; }
}

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

public sealed class UpcomingDto
{
    public string Date { get; set; } = "";
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Note { get; set; }
    public List<string>? Topics { get; set; }
}

public sealed class SignatoryDto
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    NewLine = "\n")]
[JsonSerializable(typeof(MeetingDto))]
public sealed partial class DtoContext : JsonSerializerContext;
#pragma warning restore SA1402, SA1649
