namespace Kommune.Protocols.Docx;

/// <summary>
/// Every fixed text the DOCX writer prints. <see cref="Danish"/> and <see cref="English"/> are the
/// defaults; a municipality overrides any label with <c>with</c>:
/// <c>DocxLabels.Danish with { CaseDescription = "Sagen" }</c>. Placeholders in braces are replaced.
/// </summary>
public sealed record DocxLabels
{
    /// <summary>The Danish labels (the defaults of every property).</summary>
    public static DocxLabels Danish { get; } = new();

    /// <summary>The English labels.</summary>
    public static DocxLabels English { get; } = new()
    {
        AgendaPaper = "Agenda",
        ProtocolPaper = "Minutes",
        DraftMark = "DRAFT",
        ExtraordinaryMeeting = "Extraordinary meeting",
        ThemeMeeting = "Theme meeting",
        Date = "Date",
        Time = "Time",
        Location = "Place",
        TimeRange = "{start}-{end}",
        TimeFrom = "{start}",
        Members = "Members",
        Absent = "Absent",
        Chair = "chair",
        ViceChair = "vice chair",
        SubstituteFor = "substitute for {name}",
        AbsentWithNotice = "apologies",
        AbsentWithoutNotice = "absent without notice",
        NoticeOnTheDay = "apologies on the day",
        CalledButAbsent = "called but did not attend",
        AttendedItems = "attended items {from}-{to}",
        AttendedFrom = "from {time}",
        AttendedUntil = "until {time}",
        AbsentFromClosedPart = "not present for the closed part",
        Contents = "Contents",
        ItemNumberColumn = "No.",
        ItemTitleColumn = "Item",
        AccessColumn = "Access",
        Open = "Open",
        Closed = "Closed",
        OpenItem = "Open item",
        ClosedItem = "Closed item",
        Supplementary = "Supplementary agenda",
        CaseRoute = "Case route",
        DecisionAuthority = "Decision authority",
        CaseOwner = "Responsible",
        CaseHandler = "case officer",
        Presenter = "Presented by",
        PurposeDecision = "For decision",
        PurposeDiscussion = "For discussion",
        PurposeInformation = "For information",
        Summary = "Summary",
        CaseCore = "The issue",
        Background = "Background",
        CaseDescription = "Description",
        FinancialConsequences = "Financial consequences",
        Consequences = "Consequences",
        RiskAssessment = "Risk assessment",
        Personnel = "Staff",
        Recommendation = "Recommendation",
        Attachments = "Attachments",
        ClosedAttachment = "Closed attachment",
        AttachmentOverview = "List of attachments",
        History = "Earlier decisions",
        ItemAbbreviation = "item",
        DecisionHeading = "Decision of {body} on {date}",
        OutcomeApproved = "Approved.",
        OutcomeRecommended = "Recommended.",
        OutcomeNoted = "Noted.",
        OutcomePostponed = "Postponed.",
        OutcomeRejected = "Rejected.",
        VotePoint = "Re {point}",
        VotesFor = "For",
        VotesAgainst = "Against",
        VotesAbstaining = "Abstained",
        ProtocolRemark = "Recorded remark by {author}: {text}",
        GuestsAttended = "{names} attended the item.",
        ConflictOfInterest = "{name} declared a conflict of interest and took no part in the item.",
        AbsentForItem = "Absent for the item: {names}.",
        FollowUps = "Follow-up",
        FollowUpWho = "responsible: {who}",
        FollowUpDue = "due: {date}",
        And = "and",
        TimeColumn = "Time",
        SlotColumn = "Item",
        SlotGuests = "{names} will attend the item.",
        Break = "Break",
        ClosedSlot = "Closed item",
        MeetingEnds = "Meeting ends",
        TopicsColumn = "Items",
        TimePlanHeading = "Time plan",
        ApprovedBy = "Approved: {method}",
        UpcomingMeetingsHeading = "Coming meetings",
        SignaturePage = "Signatures",
        PageNumber = "Page {page} of {pages}",
    };

    /// <summary>The default labels of <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The labels.</returns>
    public static DocxLabels For(Language language) => language == Language.English ? English : Danish;

    /// <summary>The agenda paper's name. Danish: <c>Dagsorden</c>.</summary>
    public string AgendaPaper { get; init; } = "Dagsorden";

    /// <summary>The protocol paper's name. Danish: <c>Beslutningsprotokol</c>.</summary>
    public string ProtocolPaper { get; init; } = "Beslutningsprotokol";

    /// <summary>The mark on every page of a paper that is not final. Danish: <c>UDKAST</c>.</summary>
    public string DraftMark { get; init; } = "UDKAST";

    /// <summary>Printed under the body for an extraordinary meeting. Danish: <c>Ekstraordinært møde</c>.</summary>
    public string ExtraordinaryMeeting { get; init; } = "Ekstraordinært møde";

    /// <summary>Printed under the body for a theme meeting. Danish: <c>Temamøde</c>.</summary>
    public string ThemeMeeting { get; init; } = "Temamøde";

    /// <summary>The front page's date label and the coming-meetings table's date column. Danish: <c>Dato</c>.</summary>
    public string Date { get; init; } = "Dato";

    /// <summary>The front page's time label. Danish: <c>Tidspunkt</c>.</summary>
    public string Time { get; init; } = "Tidspunkt";

    /// <summary>The front page's place label. Danish: <c>Sted</c>.</summary>
    public string Location { get; init; } = "Sted";

    /// <summary>A time range; <c>{start}</c> and <c>{end}</c> are replaced. Danish: <c>kl. {start}-{end}</c>.</summary>
    public string TimeRange { get; init; } = "kl. {start}-{end}";

    /// <summary>A start time alone; <c>{start}</c> is replaced. Danish: <c>kl. {start}</c>.</summary>
    public string TimeFrom { get; init; } = "kl. {start}";

    /// <summary>The heading of the members present. Danish: <c>Deltagere</c>.</summary>
    public string Members { get; init; } = "Deltagere";

    /// <summary>The heading of the members absent. Danish: <c>Afbud og fravær</c>.</summary>
    public string Absent { get; init; } = "Afbud og fravær";

    /// <summary>A chair's role after the name. Danish: <c>formand</c>.</summary>
    public string Chair { get; init; } = "formand";

    /// <summary>A vice chair's role after the name. Danish: <c>næstformand</c>.</summary>
    public string ViceChair { get; init; } = "næstformand";

    /// <summary>A substitute's role; <c>{name}</c> is the member stood in for. Danish: <c>stedfortræder for {name}</c>.</summary>
    public string SubstituteFor { get; init; } = "stedfortræder for {name}";

    /// <summary>Absent with notice. Danish: <c>afbud</c>.</summary>
    public string AbsentWithNotice { get; init; } = "afbud";

    /// <summary>Absent without notice. Danish: <c>udeblev uden afbud</c>.</summary>
    public string AbsentWithoutNotice { get; init; } = "udeblev uden afbud";

    /// <summary>Notice given on the day. Danish: <c>afbud samme dag</c>.</summary>
    public string NoticeOnTheDay { get; init; } = "afbud samme dag";

    /// <summary>A substitute who was called but did not come. Danish: <c>indkaldt, men ikke mødt</c>.</summary>
    public string CalledButAbsent { get; init; } = "indkaldt, men ikke mødt";

    /// <summary>Partial attendance by item range. Danish: <c>deltog i punkt {from}-{to}</c>.</summary>
    public string AttendedItems { get; init; } = "deltog i punkt {from}-{to}";

    /// <summary>Partial attendance: arrived. Danish: <c>fra kl. {time}</c>.</summary>
    public string AttendedFrom { get; init; } = "fra kl. {time}";

    /// <summary>Partial attendance: left. Danish: <c>til kl. {time}</c>.</summary>
    public string AttendedUntil { get; init; } = "til kl. {time}";

    /// <summary>Partial attendance: not present for the closed part. Danish: <c>deltog ikke i den lukkede del</c>.</summary>
    public string AbsentFromClosedPart { get; init; } = "deltog ikke i den lukkede del";

    /// <summary>The heading of the list of items on the front page. Danish: <c>Indhold</c>.</summary>
    public string Contents { get; init; } = "Indhold";

    /// <summary>The list of items' number column. Danish: <c>Nr.</c>.</summary>
    public string ItemNumberColumn { get; init; } = "Nr.";

    /// <summary>The list of items' title column. Danish: <c>Punkt</c>.</summary>
    public string ItemTitleColumn { get; init; } = "Punkt";

    /// <summary>The list of items' access column. Danish: <c>Adgang</c>.</summary>
    public string AccessColumn { get; init; } = "Adgang";

    /// <summary>Short word for an open item or attachment. Danish: <c>Åben</c>.</summary>
    public string Open { get; init; } = "Åben";

    /// <summary>Short word for a closed item or attachment. Danish: <c>Lukket</c>.</summary>
    public string Closed { get; init; } = "Lukket";

    /// <summary>An open item's mark. Danish: <c>Åben sag</c>.</summary>
    public string OpenItem { get; init; } = "Åben sag";

    /// <summary>A closed item's mark. Danish: <c>Lukket sag</c>.</summary>
    public string ClosedItem { get; init; } = "Lukket sag";

    /// <summary>The mark of an item on the supplementary agenda. Danish: <c>Tillægsdagsorden</c>.</summary>
    public string Supplementary { get; init; } = "Tillægsdagsorden";

    /// <summary>The case route's label. Danish: <c>Sagsgang</c>.</summary>
    public string CaseRoute { get; init; } = "Sagsgang";

    /// <summary>The decision authority's label. Danish: <c>Beslutningskompetence</c>.</summary>
    public string DecisionAuthority { get; init; } = "Beslutningskompetence";

    /// <summary>The case owner's label. Danish: <c>Sagsansvarlig</c>.</summary>
    public string CaseOwner { get; init; } = "Sagsansvarlig";

    /// <summary>Written before the case handler's name after the case owner. Danish: <c>sagsbehandler</c>.</summary>
    public string CaseHandler { get; init; } = "sagsbehandler";

    /// <summary>The presenter's label. Danish: <c>Fremlægges af</c>.</summary>
    public string Presenter { get; init; } = "Fremlægges af";

    /// <summary>An item for decision. Danish: <c>Til beslutning</c>.</summary>
    public string PurposeDecision { get; init; } = "Til beslutning";

    /// <summary>An item for discussion. Danish: <c>Til drøftelse</c>.</summary>
    public string PurposeDiscussion { get; init; } = "Til drøftelse";

    /// <summary>An item for information. Danish: <c>Til orientering</c>.</summary>
    public string PurposeInformation { get; init; } = "Til orientering";

    /// <summary>Section heading. Danish: <c>Resumé</c>.</summary>
    public string Summary { get; init; } = "Resumé";

    /// <summary>Section heading. Danish: <c>Sagens kerne</c>.</summary>
    public string CaseCore { get; init; } = "Sagens kerne";

    /// <summary>Section heading. Danish: <c>Baggrund</c>.</summary>
    public string Background { get; init; } = "Baggrund";

    /// <summary>Section heading. Danish: <c>Sagsfremstilling</c>.</summary>
    public string CaseDescription { get; init; } = "Sagsfremstilling";

    /// <summary>Section heading. Danish: <c>Økonomiske konsekvenser</c>.</summary>
    public string FinancialConsequences { get; init; } = "Økonomiske konsekvenser";

    /// <summary>Section heading. Danish: <c>Konsekvenser</c>.</summary>
    public string Consequences { get; init; } = "Konsekvenser";

    /// <summary>Section heading. Danish: <c>Risikovurdering</c>.</summary>
    public string RiskAssessment { get; init; } = "Risikovurdering";

    /// <summary>Section heading. Danish: <c>Personale</c>.</summary>
    public string Personnel { get; init; } = "Personale";

    /// <summary>The recommendation's heading. Danish: <c>Indstilling</c>.</summary>
    public string Recommendation { get; init; } = "Indstilling";

    /// <summary>The heading of an item's attachments. Danish: <c>Bilag</c>.</summary>
    public string Attachments { get; init; } = "Bilag";

    /// <summary>A closed attachment without a title. Danish: <c>Lukket bilag</c>.</summary>
    public string ClosedAttachment { get; init; } = "Lukket bilag";

    /// <summary>The heading of the list of attachments. Danish: <c>Bilagsoversigt</c>.</summary>
    public string AttachmentOverview { get; init; } = "Bilagsoversigt";

    /// <summary>The heading of earlier decisions. Danish: <c>Tidligere beslutninger</c>.</summary>
    public string History { get; init; } = "Tidligere beslutninger";

    /// <summary>Before an earlier decision's item number. Danish: <c>pkt.</c>.</summary>
    public string ItemAbbreviation { get; init; } = "pkt.";

    /// <summary>The decision heading; <c>{body}</c> and <c>{date}</c> are replaced. Danish: <c>Beslutning i {body} den {date}</c>.</summary>
    public string DecisionHeading { get; init; } = "Beslutning i {body} den {date}";

    /// <summary>The outcome approved. Danish: <c>Godkendt.</c>.</summary>
    public string OutcomeApproved { get; init; } = "Godkendt.";

    /// <summary>The outcome recommended. Danish: <c>Anbefales.</c>.</summary>
    public string OutcomeRecommended { get; init; } = "Anbefales.";

    /// <summary>The outcome noted. Danish: <c>Taget til efterretning.</c>.</summary>
    public string OutcomeNoted { get; init; } = "Taget til efterretning.";

    /// <summary>The outcome postponed. Danish: <c>Udsat.</c>.</summary>
    public string OutcomePostponed { get; init; } = "Udsat.";

    /// <summary>The outcome rejected. Danish: <c>Ikke godkendt.</c>.</summary>
    public string OutcomeRejected { get; init; } = "Ikke godkendt.";

    /// <summary>Before the votes on one recommendation point; <c>{point}</c> is replaced. Danish: <c>Ad. {point}</c>.</summary>
    public string VotePoint { get; init; } = "Ad. {point}";

    /// <summary>Those voting for. Danish: <c>For</c>.</summary>
    public string VotesFor { get; init; } = "For";

    /// <summary>Those voting against. Danish: <c>Imod</c>.</summary>
    public string VotesAgainst { get; init; } = "Imod";

    /// <summary>Those abstaining. Danish: <c>Undlod at stemme</c>.</summary>
    public string VotesAbstaining { get; init; } = "Undlod at stemme";

    /// <summary>A protocol remark; <c>{author}</c> and <c>{text}</c> are replaced. Danish: <c>Protokolbemærkning fra {author}: {text}</c>.</summary>
    public string ProtocolRemark { get; init; } = "Protokolbemærkning fra {author}: {text}";

    /// <summary>The item's guests; <c>{names}</c> is replaced. Danish: <c>{names} deltog under punktet.</c>.</summary>
    public string GuestsAttended { get; init; } = "{names} deltog under punktet.";

    /// <summary>A conflict of interest; <c>{name}</c> is replaced. Danish: <c>{name} var inhabil og deltog ikke i behandlingen af punktet.</c>.</summary>
    public string ConflictOfInterest { get; init; } = "{name} var inhabil og deltog ikke i behandlingen af punktet.";

    /// <summary>Members absent for the item; <c>{names}</c> is replaced. Danish: <c>Fraværende under punktet: {names}.</c>.</summary>
    public string AbsentForItem { get; init; } = "Fraværende under punktet: {names}.";

    /// <summary>The heading of follow-up actions. Danish: <c>Opfølgning</c>.</summary>
    public string FollowUps { get; init; } = "Opfølgning";

    /// <summary>A follow-up's owner; <c>{who}</c> is replaced. Danish: <c>ansvarlig: {who}</c>.</summary>
    public string FollowUpWho { get; init; } = "ansvarlig: {who}";

    /// <summary>A follow-up's deadline; <c>{date}</c> is replaced. Danish: <c>frist: {date}</c>.</summary>
    public string FollowUpDue { get; init; } = "frist: {date}";

    /// <summary>The word joining the last two names of a list. Danish: <c>og</c>.</summary>
    public string And { get; init; } = "og";

    /// <summary>The time plan's time column. Danish: <c>Tid</c>.</summary>
    public string TimeColumn { get; init; } = "Tid";

    /// <summary>The time plan's item column. Danish: <c>Punkt</c>.</summary>
    public string SlotColumn { get; init; } = "Punkt";

    /// <summary>A slot's guests; <c>{names}</c> is replaced. Danish: <c>{names} deltager under behandlingen.</c>.</summary>
    public string SlotGuests { get; init; } = "{names} deltager under behandlingen.";

    /// <summary>A break without a label. Danish: <c>Pause</c>.</summary>
    public string Break { get; init; } = "Pause";

    /// <summary>A closed slot without a label. Danish: <c>Lukket punkt</c>.</summary>
    public string ClosedSlot { get; init; } = "Lukket punkt";

    /// <summary>The time plan's last row when the plan has no end label. Danish: <c>Mødet afsluttes</c>.</summary>
    public string MeetingEnds { get; init; } = "Mødet afsluttes";

    /// <summary>The coming-meetings table's topics column. Danish: <c>Punkter</c>.</summary>
    public string TopicsColumn { get; init; } = "Punkter";

    /// <summary>The heading over the time plan when no section places it (no <c>timePlan</c> block). Danish: <c>Tidsplan</c>.</summary>
    public string TimePlanHeading { get; init; } = "Tidsplan";

    /// <summary>The heading over the coming meetings when no section places them. Danish: <c>Kommende møder</c>.</summary>
    public string UpcomingMeetingsHeading { get; init; } = "Kommende møder";

    /// <summary>Under a signatory who approved, when the approval records how; <c>{method}</c> is replaced. Danish: <c>Godkendt: {method}</c>.</summary>
    public string ApprovedBy { get; init; } = "Godkendt: {method}";

    /// <summary>The signature page's heading. Danish: <c>Underskriftsside</c>.</summary>
    public string SignaturePage { get; init; } = "Underskriftsside";

    /// <summary>The footer; <c>{page}</c> and <c>{pages}</c> become page fields. Danish: <c>Side {page} af {pages}</c>.</summary>
    public string PageNumber { get; init; } = "Side {page} af {pages}";
}
