namespace Kommune.Protocols.Model;

/// <summary>What kind of meeting this is.</summary>
public enum MeetingKind
{
    /// <summary>An ordinary meeting (<i>ordinært møde</i>).</summary>
    Ordinary,

    /// <summary>An extraordinary meeting (<i>ekstraordinært møde</i>).</summary>
    Extraordinary,

    /// <summary>A theme meeting (<i>temamøde</i>).</summary>
    Theme,

    /// <summary>The budget's first reading (<i>1. behandling af budgettet</i>).</summary>
    BudgetFirstReading,

    /// <summary>The budget's second reading (<i>2. behandling af budgettet</i>).</summary>
    BudgetSecondReading,

    /// <summary>The constituting meeting after an election (<i>konstituerende møde</i>).</summary>
    Constituting,

    /// <summary>A joint meeting of several bodies (<i>fællesmøde</i>); the others are in <see cref="Meeting.JointBodies"/>.</summary>
    Joint,
}

/// <summary>How far the paper has come. Only approved and signed protocols are final.</summary>
public enum DocumentStage
{
    /// <summary>An agenda being prepared (<i>udkast til dagsorden</i>); printed as a draft.</summary>
    Draft,

    /// <summary>A published agenda (<i>dagsorden</i>).</summary>
    Agenda,

    /// <summary>The meeting is held and decisions are recorded, not yet approved; printed as a draft.</summary>
    Protocol,

    /// <summary>The protocol is approved (<i>godkendt</i>) by its signatories.</summary>
    Approved,

    /// <summary>The protocol is signed.</summary>
    Signed,

    /// <summary>
    /// A final protocol as published, whose signatures are not recorded (many municipalities publish
    /// the protocol without the signature page): neither a draft nor missing its signatories.
    /// </summary>
    Published,
}

/// <summary>Which edition a meeting object is.</summary>
public enum MeetingEdition
{
    /// <summary>Everything, including closed items.</summary>
    Internal,

    /// <summary>The public edition: closed content has been removed (by this library or at the source).</summary>
    Public,
}

/// <summary>Whether an item or attachment is public (<i>åben</i>) or closed (<i>lukket</i>).</summary>
public enum Access
{
    /// <summary><i>Åben sag</i>: published in full.</summary>
    Open,

    /// <summary><i>Lukket sag</i>: only number, title and case number are published.</summary>
    Closed,
}

/// <summary>Why an item is on the agenda.</summary>
public enum ItemPurpose
{
    /// <summary>Not stated.</summary>
    Unspecified,

    /// <summary><i>Til beslutning</i>.</summary>
    Decision,

    /// <summary><i>Til drøftelse</i>.</summary>
    Discussion,

    /// <summary><i>Til orientering</i>.</summary>
    Information,
}

/// <summary>A member's role in the body.</summary>
public enum MemberRole
{
    /// <summary>An ordinary member.</summary>
    Member,

    /// <summary>The chair (<i>formand</i>).</summary>
    Chair,

    /// <summary>The vice chair (<i>næstformand</i>).</summary>
    ViceChair,

    /// <summary>A substitute (<i>stedfortræder</i>, <i>suppleant</i>) called in for a member.</summary>
    Substitute,
}

/// <summary>Whether a member attended.</summary>
public enum AttendanceStatus
{
    /// <summary>Present (possibly only partly; see <see cref="Member.Partial"/>).</summary>
    Present,

    /// <summary>Absent with notice (<i>afbud</i>).</summary>
    AbsentWithNotice,

    /// <summary>Absent without notice (<i>udeblev uden afbud</i>).</summary>
    AbsentWithoutNotice,

    /// <summary>A substitute who was called but did not come.</summary>
    CalledButAbsent,

    /// <summary>Absent, without saying whether notice was given (<i>Fraværende</i>).</summary>
    Absent,
}

/// <summary>The outcome of a decision.</summary>
public enum DecisionOutcome
{
    /// <summary>Not stated; the text says it.</summary>
    Unspecified,

    /// <summary><i>Godkendt</i>.</summary>
    Approved,

    /// <summary><i>Anbefales</i>, <i>indstilles godkendt</i>.</summary>
    Recommended,

    /// <summary><i>Taget til efterretning</i>.</summary>
    Noted,

    /// <summary><i>Udsat</i>.</summary>
    Postponed,

    /// <summary><i>Ikke godkendt</i>, <i>forkastet</i>.</summary>
    Rejected,

    /// <summary>Another outcome, named in <see cref="Decision.OutcomeText"/>.</summary>
    Other,
}

/// <summary>Well-known section headings. Use <see cref="Custom"/> with a heading for anything else.</summary>
public enum SectionKind
{
    /// <summary>A section with a free heading (<see cref="Section.Heading"/>).</summary>
    Custom,

    /// <summary>Content printed without a heading.</summary>
    Untitled,

    /// <summary><i>Resumé</i>.</summary>
    Summary,

    /// <summary><i>Sagens kerne</i>.</summary>
    CaseCore,

    /// <summary><i>Baggrund</i>.</summary>
    Background,

    /// <summary><i>Sagsfremstilling</i>.</summary>
    CaseDescription,

    /// <summary><i>Økonomiske konsekvenser</i>.</summary>
    FinancialConsequences,

    /// <summary><i>Konsekvenser</i>.</summary>
    Consequences,

    /// <summary><i>Risikovurdering</i>.</summary>
    RiskAssessment,

    /// <summary><i>Personale</i>.</summary>
    Personnel,
}

/// <summary>What a time-plan slot holds.</summary>
public enum TimeSlotKind
{
    /// <summary>An agenda item of this meeting.</summary>
    Item,

    /// <summary>A break (<i>pause</i>).</summary>
    Break,

    /// <summary>A point handled outside this protocol (e.g. <i>Lukket HR-punkt</i>).</summary>
    Other,
}
