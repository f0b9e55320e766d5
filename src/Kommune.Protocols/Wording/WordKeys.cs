namespace Kommune.Protocols;

/// <summary>
/// The keys of the templates a <see cref="Language"/> holds for the papers (labels and phrases).
/// Validation messages are keyed by their code (<c>KP101</c>, and <c>KP302Body</c> where one code
/// has several messages). A house style overrides any of them by key.
/// </summary>
public static class WordKeys
{
    /// <summary>The agenda paper's name. Danish: <c>Dagsorden</c>.</summary>
    public const string AgendaPaper = "agendaPaper";

    /// <summary>The protocol paper's name. Danish: <c>Beslutningsprotokol</c>.</summary>
    public const string ProtocolPaper = "protocolPaper";

    /// <summary>The mark on every page of a paper that is not final. Danish: <c>UDKAST</c>.</summary>
    public const string DraftMark = "draftMark";

    /// <summary>The document's title in its properties; {paper}, {body}, {date}. Danish: <c>{paper} – {body} {date}</c>.</summary>
    public const string DocumentTitle = "documentTitle";

    /// <summary>The document's subject in its properties; {municipality}, {body}. Danish: <c>{municipality}, {body}</c>.</summary>
    public const string DocumentSubject = "documentSubject";

    /// <summary>Printed after the body for an extraordinary meeting. Danish: <c>Ekstraordinært møde</c>.</summary>
    public const string ExtraordinaryMeeting = "extraordinaryMeeting";

    /// <summary>Printed after the body for a theme meeting. Danish: <c>Temamøde</c>.</summary>
    public const string ThemeMeeting = "themeMeeting";

    /// <summary>The front page's date label and the coming-meetings table's date column. Danish: <c>Dato</c>.</summary>
    public const string Date = "date";

    /// <summary>The front page's time label. Danish: <c>Tidspunkt</c>.</summary>
    public const string Time = "time";

    /// <summary>The front page's place label. Danish: <c>Sted</c>.</summary>
    public const string Location = "location";

    /// <summary>A time range; {start}, {end}. Danish: <c>kl. {start}-{end}</c>.</summary>
    public const string TimeRange = "timeRange";

    /// <summary>A start time alone; {start}. Danish: <c>kl. {start}</c>.</summary>
    public const string TimeFrom = "timeFrom";

    /// <summary>The heading of the members present. Danish: <c>Deltagere</c>.</summary>
    public const string Members = "members";

    /// <summary>The heading of the members absent. Danish: <c>Afbud og fravær</c>.</summary>
    public const string Absent = "absent";

    /// <summary>A chair's role after the name. Danish: <c>formand</c>.</summary>
    public const string Chair = "chair";

    /// <summary>A vice chair's role after the name. Danish: <c>næstformand</c>.</summary>
    public const string ViceChair = "viceChair";

    /// <summary>A substitute's role; {name} is the member stood in for. Danish: <c>stedfortræder for {name}</c>.</summary>
    public const string SubstituteFor = "substituteFor";

    /// <summary>Absent with notice. Danish: <c>afbud</c>.</summary>
    public const string AbsentWithNotice = "absentWithNotice";

    /// <summary>Absent without notice. Danish: <c>udeblev uden afbud</c>.</summary>
    public const string AbsentWithoutNotice = "absentWithoutNotice";

    /// <summary>Notice given on the day. Danish: <c>afbud samme dag</c>.</summary>
    public const string NoticeOnTheDay = "noticeOnTheDay";

    /// <summary>A substitute who was called but did not come. Danish: <c>indkaldt, men ikke mødt</c>.</summary>
    public const string CalledButAbsent = "calledButAbsent";

    /// <summary>Partial attendance by item range; {from}, {to}. Danish: <c>deltog i punkt {from}-{to}</c>.</summary>
    public const string AttendedItems = "attendedItems";

    /// <summary>Partial attendance: arrived; {time}. Danish: <c>fra kl. {time}</c>.</summary>
    public const string AttendedFrom = "attendedFrom";

    /// <summary>Partial attendance: left; {time}. Danish: <c>til kl. {time}</c>.</summary>
    public const string AttendedUntil = "attendedUntil";

    /// <summary>Partial attendance: not present for the closed part. Danish: <c>deltog ikke i den lukkede del</c>.</summary>
    public const string AbsentFromClosedPart = "absentFromClosedPart";

    /// <summary>The heading of the list of items on the front page. Danish: <c>Indhold</c>.</summary>
    public const string Contents = "contents";

    /// <summary>The list of items' number column. Danish: <c>Nr.</c>.</summary>
    public const string ItemNumberColumn = "itemNumberColumn";

    /// <summary>The list of items' title column. Danish: <c>Punkt</c>.</summary>
    public const string ItemTitleColumn = "itemTitleColumn";

    /// <summary>The list of items' access column. Danish: <c>Adgang</c>.</summary>
    public const string AccessColumn = "accessColumn";

    /// <summary>Short word for an open item or attachment. Danish: <c>Åben</c>.</summary>
    public const string Open = "open";

    /// <summary>Short word for a closed item or attachment. Danish: <c>Lukket</c>.</summary>
    public const string Closed = "closed";

    /// <summary>An open item's mark. Danish: <c>Åben sag</c>.</summary>
    public const string OpenItem = "openItem";

    /// <summary>A closed item's mark. Danish: <c>Lukket sag</c>.</summary>
    public const string ClosedItem = "closedItem";

    /// <summary>The mark of an item on the supplementary agenda. Danish: <c>Tillægsdagsorden</c>.</summary>
    public const string Supplementary = "supplementary";

    /// <summary>An item's heading; {number}, {title}. Danish: <c>{number}. {title}</c>.</summary>
    public const string ItemHeading = "itemHeading";

    /// <summary>A sub-item's heading; {number}, {title}. Danish: <c>{number} {title}</c>.</summary>
    public const string SubItemHeading = "subItemHeading";

    /// <summary>The label of a closed item's public title, printed in the internal edition when it differs from the title. Danish: <c>Offentlig titel</c>.</summary>
    public const string PublicTitle = "publicTitle";

    /// <summary>The heading of a closed item's public decision in the internal edition. Danish: <c>Offentlig beslutning</c>.</summary>
    public const string PublicDecision = "publicDecision";

    /// <summary>The case route's label. Danish: <c>Sagsgang</c>.</summary>
    public const string CaseRoute = "caseRoute";

    /// <summary>The decision authority's label. Danish: <c>Beslutningskompetence</c>.</summary>
    public const string DecisionAuthority = "decisionAuthority";

    /// <summary>The case owner's label. Danish: <c>Sagsansvarlig</c>.</summary>
    public const string CaseOwner = "caseOwner";

    /// <summary>Written before the case handler's name after the case owner. Danish: <c>sagsbehandler</c>.</summary>
    public const string CaseHandler = "caseHandler";

    /// <summary>The presenter's label. Danish: <c>Fremlægges af</c>.</summary>
    public const string Presenter = "presenter";

    /// <summary>An item for decision. Danish: <c>Til beslutning</c>.</summary>
    public const string PurposeDecision = "purposeDecision";

    /// <summary>An item for discussion. Danish: <c>Til drøftelse</c>.</summary>
    public const string PurposeDiscussion = "purposeDiscussion";

    /// <summary>An item for information. Danish: <c>Til orientering</c>.</summary>
    public const string PurposeInformation = "purposeInformation";

    /// <summary>Section heading: summary. Danish: <c>Resumé</c>.</summary>
    public const string Summary = "summary";

    /// <summary>Section heading: the core of the case. Danish: <c>Sagens kerne</c>.</summary>
    public const string CaseCore = "caseCore";

    /// <summary>Section heading: background. Danish: <c>Baggrund</c>.</summary>
    public const string Background = "background";

    /// <summary>Section heading: the case description. Danish: <c>Sagsfremstilling</c>.</summary>
    public const string CaseDescription = "caseDescription";

    /// <summary>Section heading: financial consequences. Danish: <c>Økonomiske konsekvenser</c>.</summary>
    public const string FinancialConsequences = "financialConsequences";

    /// <summary>Section heading: consequences. Danish: <c>Konsekvenser</c>.</summary>
    public const string Consequences = "consequences";

    /// <summary>Section heading: risk assessment. Danish: <c>Risikovurdering</c>.</summary>
    public const string RiskAssessment = "riskAssessment";

    /// <summary>Section heading: staff. Danish: <c>Personale</c>.</summary>
    public const string Personnel = "personnel";

    /// <summary>The recommendation's heading. Danish: <c>Indstilling</c>.</summary>
    public const string Recommendation = "recommendation";

    /// <summary>The heading of an item's attachments. Danish: <c>Bilag</c>.</summary>
    public const string Attachments = "attachments";

    /// <summary>A closed attachment without a title. Danish: <c>Lukket bilag</c>.</summary>
    public const string ClosedAttachment = "closedAttachment";

    /// <summary>The heading of the list of attachments. Danish: <c>Bilagsoversigt</c>.</summary>
    public const string AttachmentOverview = "attachmentOverview";

    /// <summary>The heading of earlier decisions. Danish: <c>Tidligere beslutninger</c>.</summary>
    public const string History = "history";

    /// <summary>An earlier decision's lead; {body}, {date}, {item} (empty or the item part). Danish: <c>{body}, {date}{item}:</c>.</summary>
    public const string EarlierDecision = "earlierDecision";

    /// <summary>The item part of an earlier decision's lead; {number}. Danish: <c>, pkt. {number}</c>.</summary>
    public const string EarlierDecisionItem = "earlierDecisionItem";

    /// <summary>The decision heading; {body}, {date}. Danish: <c>Beslutning i {body} den {date}</c>.</summary>
    public const string DecisionHeading = "decisionHeading";

    /// <summary>The outcome approved. Danish: <c>Godkendt.</c>.</summary>
    public const string OutcomeApproved = "outcomeApproved";

    /// <summary>The outcome recommended. Danish: <c>Anbefales.</c>.</summary>
    public const string OutcomeRecommended = "outcomeRecommended";

    /// <summary>The outcome noted. Danish: <c>Taget til efterretning.</c>.</summary>
    public const string OutcomeNoted = "outcomeNoted";

    /// <summary>The outcome postponed. Danish: <c>Udsat.</c>.</summary>
    public const string OutcomePostponed = "outcomePostponed";

    /// <summary>The outcome rejected. Danish: <c>Ikke godkendt.</c>.</summary>
    public const string OutcomeRejected = "outcomeRejected";

    /// <summary>Before the votes on one recommendation point; {point}. Danish: <c>Ad. {point}</c>.</summary>
    public const string VotePoint = "votePoint";

    /// <summary>Those voting for. Danish: <c>For</c>.</summary>
    public const string VotesFor = "votesFor";

    /// <summary>Those voting against. Danish: <c>Imod</c>.</summary>
    public const string VotesAgainst = "votesAgainst";

    /// <summary>Those abstaining. Danish: <c>Undlod at stemme</c>.</summary>
    public const string VotesAbstaining = "votesAbstaining";

    /// <summary>
    /// One side of a vote that gives a count and who; {label} (<see cref="VotesFor"/>, ...), {tally}
    /// (<c>8 (C+F; Åse Møller (C))</c>), {count}, {countWords} (<c>to</c>: the count in words up to
    /// twelve, <see cref="Number0"/>...), {noun} (<see cref="VoteMember"/> or <see cref="VoteMembers"/>
    /// by the count), {who} (<c>C+F; Åse Møller (C)</c>), {parties} (<c>C+F</c>), {partyNames}
    /// (<c>C og F</c>), {members} (<c>Åse Møller (C), Bo Holm (F)</c>) and {joined} (<c>C+F+Åse Møller (C)</c>).
    /// A line that starts with {label} prints the label in bold. Danish: <c>{label}: {tally}</c>.
    /// </summary>
    public const string VoteLine = "voteLine";

    /// <summary>One side of a vote that gives only a count; the arguments of <see cref="VoteLine"/>. Danish: <c>{label}: {tally}</c>.</summary>
    public const string VoteLineCount = "voteLineCount";

    /// <summary>One side of a vote that gives only who (no count is stated or derived); the arguments of <see cref="VoteLine"/>. Danish: <c>{label}: {tally}</c>.</summary>
    public const string VoteLineWho = "voteLineWho";

    /// <summary>The noun for one voter, a vote line's {noun}. Danish: <c>medlem</c>.</summary>
    public const string VoteMember = "voteMember";

    /// <summary>The noun for several voters, a vote line's {noun}. Danish: <c>medlemmer</c>.</summary>
    public const string VoteMembers = "voteMembers";

    /// <summary>A protocol remark; {author}, {text}. Danish: <c>Protokolbemærkning fra {author}: {text}</c>.</summary>
    public const string ProtocolRemark = "protocolRemark";

    /// <summary>The item's guests; {names}. Danish: <c>{names} deltog under punktet.</c>.</summary>
    public const string GuestsAttended = "guestsAttended";

    /// <summary>A conflict of interest; {name}. Danish: <c>{name} var inhabil og deltog ikke i behandlingen af punktet.</c>.</summary>
    public const string ConflictOfInterest = "conflictOfInterest";

    /// <summary>A conflict of interest with its reason; {name}, {reason}. Danish: <c>{name} var inhabil og deltog ikke i behandlingen af punktet ({reason}).</c>.</summary>
    public const string ConflictOfInterestReason = "conflictOfInterestReason";

    /// <summary>Members absent for the item; {names}. Danish: <c>Fraværende under punktet: {names}.</c>.</summary>
    public const string AbsentForItem = "absentForItem";

    /// <summary>The heading of follow-up actions. Danish: <c>Opfølgning</c>.</summary>
    public const string FollowUps = "followUps";

    /// <summary>A follow-up's owner; {who}. Danish: <c>ansvarlig: {who}</c>.</summary>
    public const string FollowUpWho = "followUpWho";

    /// <summary>A follow-up's deadline; {date}. Danish: <c>frist: {date}</c>.</summary>
    public const string FollowUpDue = "followUpDue";

    /// <summary>The word joining the last two names of a list. Danish: <c>og</c>.</summary>
    public const string And = "and";

    /// <summary>The time plan's time column. Danish: <c>Tid</c>.</summary>
    public const string TimeColumn = "timeColumn";

    /// <summary>The time plan's item column. Danish: <c>Punkt</c>.</summary>
    public const string SlotColumn = "slotColumn";

    /// <summary>A slot's guests; {names}. Danish: <c>{names} deltager under behandlingen.</c>.</summary>
    public const string SlotGuests = "slotGuests";

    /// <summary>A break without a label. Danish: <c>Pause</c>.</summary>
    public const string Break = "break";

    /// <summary>A closed slot without a label. Danish: <c>Lukket punkt</c>.</summary>
    public const string ClosedSlot = "closedSlot";

    /// <summary>A slot with neither a label nor an item title. Danish: <c>(uden titel)</c>.</summary>
    public const string UntitledSlot = "untitledSlot";

    /// <summary>The time plan's last row when the plan has no end label. Danish: <c>Mødet afsluttes</c>.</summary>
    public const string MeetingEnds = "meetingEnds";

    /// <summary>The coming-meetings table's topics column. Danish: <c>Punkter</c>.</summary>
    public const string TopicsColumn = "topicsColumn";

    /// <summary>The heading over the time plan when no section places it. Danish: <c>Tidsplan</c>.</summary>
    public const string TimePlanHeading = "timePlanHeading";

    /// <summary>The heading over the coming meetings when no section places them. Danish: <c>Kommende møder</c>.</summary>
    public const string UpcomingMeetingsHeading = "upcomingMeetingsHeading";

    /// <summary>Under a signatory who approved, when the approval records how; {method}. Danish: <c>Godkendt: {method}</c>.</summary>
    public const string ApprovedBy = "approvedBy";

    /// <summary>The signature page's heading. Danish: <c>Underskriftsside</c>.</summary>
    public const string SignaturePage = "signaturePage";

    /// <summary>The footer; {page} and {pages} become page numbers. Danish: <c>Side {page} af {pages}</c>.</summary>
    public const string PageNumber = "pageNumber";

    /// <summary>A date in words; {d}, {dd}, {m}, {mm}, {month}, {yyyy}, {weekday}. Danish: <c>{d}. {month} {yyyy}</c>.</summary>
    public const string DateLong = "dateLong";

    /// <summary>A day and month; the same placeholders as dateLong. Danish: <c>{d}. {month}</c>.</summary>
    public const string DateDayMonth = "dateDayMonth";

    /// <summary>A date in digits; the same placeholders as dateLong. Danish: <c>{dd}-{mm}-{yyyy}</c>.</summary>
    public const string DateNumeric = "dateNumeric";

    /// <summary>The date in the decision heading; the same placeholders as dateLong. Danish: <c>{d}. {month} {yyyy}</c>.</summary>
    public const string DateDecision = "dateDecision";

    /// <summary>The name of month 1. Danish: <c>januar</c>.</summary>
    public const string Month1 = "month1";

    /// <summary>The name of month 2. Danish: <c>februar</c>.</summary>
    public const string Month2 = "month2";

    /// <summary>The name of month 3. Danish: <c>marts</c>.</summary>
    public const string Month3 = "month3";

    /// <summary>The name of month 4. Danish: <c>april</c>.</summary>
    public const string Month4 = "month4";

    /// <summary>The name of month 5. Danish: <c>maj</c>.</summary>
    public const string Month5 = "month5";

    /// <summary>The name of month 6. Danish: <c>juni</c>.</summary>
    public const string Month6 = "month6";

    /// <summary>The name of month 7. Danish: <c>juli</c>.</summary>
    public const string Month7 = "month7";

    /// <summary>The name of month 8. Danish: <c>august</c>.</summary>
    public const string Month8 = "month8";

    /// <summary>The name of month 9. Danish: <c>september</c>.</summary>
    public const string Month9 = "month9";

    /// <summary>The name of month 10. Danish: <c>oktober</c>.</summary>
    public const string Month10 = "month10";

    /// <summary>The name of month 11. Danish: <c>november</c>.</summary>
    public const string Month11 = "month11";

    /// <summary>The name of month 12. Danish: <c>december</c>.</summary>
    public const string Month12 = "month12";

    /// <summary>The name of ISO weekday 1 (1 is Monday). Danish: <c>mandag</c>.</summary>
    public const string Weekday1 = "weekday1";

    /// <summary>The name of ISO weekday 2 (1 is Monday). Danish: <c>tirsdag</c>.</summary>
    public const string Weekday2 = "weekday2";

    /// <summary>The name of ISO weekday 3 (1 is Monday). Danish: <c>onsdag</c>.</summary>
    public const string Weekday3 = "weekday3";

    /// <summary>The name of ISO weekday 4 (1 is Monday). Danish: <c>torsdag</c>.</summary>
    public const string Weekday4 = "weekday4";

    /// <summary>The name of ISO weekday 5 (1 is Monday). Danish: <c>fredag</c>.</summary>
    public const string Weekday5 = "weekday5";

    /// <summary>The name of ISO weekday 6 (1 is Monday). Danish: <c>lørdag</c>.</summary>
    public const string Weekday6 = "weekday6";

    /// <summary>The number 0 in words (a vote line's {countWords}). Danish: <c>nul</c>.</summary>
    public const string Number0 = "number0";

    /// <summary>The number 1 in words (a vote line's {countWords}). Danish: <c>et</c> (neuter, as members are counted: <i>et medlem</i>).</summary>
    public const string Number1 = "number1";

    /// <summary>The number 2 in words (a vote line's {countWords}). Danish: <c>to</c>.</summary>
    public const string Number2 = "number2";

    /// <summary>The number 3 in words (a vote line's {countWords}). Danish: <c>tre</c>.</summary>
    public const string Number3 = "number3";

    /// <summary>The number 4 in words (a vote line's {countWords}). Danish: <c>fire</c>.</summary>
    public const string Number4 = "number4";

    /// <summary>The number 5 in words (a vote line's {countWords}). Danish: <c>fem</c>.</summary>
    public const string Number5 = "number5";

    /// <summary>The number 6 in words (a vote line's {countWords}). Danish: <c>seks</c>.</summary>
    public const string Number6 = "number6";

    /// <summary>The number 7 in words (a vote line's {countWords}). Danish: <c>syv</c>.</summary>
    public const string Number7 = "number7";

    /// <summary>The number 8 in words (a vote line's {countWords}). Danish: <c>otte</c>.</summary>
    public const string Number8 = "number8";

    /// <summary>The number 9 in words (a vote line's {countWords}). Danish: <c>ni</c>.</summary>
    public const string Number9 = "number9";

    /// <summary>The number 10 in words (a vote line's {countWords}). Danish: <c>ti</c>.</summary>
    public const string Number10 = "number10";

    /// <summary>The number 11 in words (a vote line's {countWords}). Danish: <c>elleve</c>.</summary>
    public const string Number11 = "number11";

    /// <summary>The number 12 in words (a vote line's {countWords}). Danish: <c>tolv</c>.</summary>
    public const string Number12 = "number12";

    /// <summary>The name of ISO weekday 7 (1 is Monday). Danish: <c>søndag</c>.</summary>
    public const string Weekday7 = "weekday7";

    /// <summary>An unnumbered item's heading; {title}. Danish: <c>{title}</c>.</summary>
    public const string ItemHeadingUnnumbered = "itemHeadingUnnumbered";

    /// <summary>The case number in an item's details line; {number}. Danish: <c>{number}</c>.</summary>
    public const string CaseNumber = "caseNumber";

    /// <summary>
    /// The front page's date; the placeholders of dateLong, and {body}, {start} and {end} (the times in
    /// the house style, empty when not known) and {location} for a date line that names them
    /// (<c>{body} {weekday} den {d}. {month} {yyyy}{? kl. {start}}{? i {location}}</c>, where <c>{? ...}</c> is
    /// left out when the meeting lacks what it names; a date line that names
    /// the place is its only mention on the front page). A capital first letter capitalizes:
    /// <c>{Weekday}</c> is <c>Torsdag</c>. Danish: <c>{d}. {month} {yyyy}</c>.
    /// </summary>
    public const string FrontDate = "frontDate";

    /// <summary>An end time alone; {end}. Danish: <c>til kl. {end}</c>.</summary>
    public const string TimeUntil = "timeUntil";

    /// <summary>A cancelled meeting's mark. Danish: <c>Mødet er aflyst.</c>.</summary>
    public const string MeetingCancelled = "meetingCancelled";

    /// <summary>A cancelled meeting's mark with the reason; {reason}. Danish: <c>Mødet er aflyst: {reason}</c>.</summary>
    public const string MeetingCancelledReason = "meetingCancelledReason";

    /// <summary>Printed after the body for the budget's first reading. Danish: <c>1. behandling af budget</c>.</summary>
    public const string BudgetFirstReading = "budgetFirstReading";

    /// <summary>Printed after the body for the budget's second reading. Danish: <c>2. behandling af budget</c>.</summary>
    public const string BudgetSecondReading = "budgetSecondReading";

    /// <summary>Printed after the body for a constituting meeting. Danish: <c>Konstituerende møde</c>.</summary>
    public const string ConstitutingMeeting = "constitutingMeeting";

    /// <summary>Printed after the bodies for a joint meeting. Danish: <c>Fællesmøde</c>.</summary>
    public const string JointMeeting = "jointMeeting";

    /// <summary>A meeting part open to the public, when it has no label. Danish: <c>Åbent møde</c>.</summary>
    public const string OpenPart = "openPart";

    /// <summary>A meeting part behind closed doors, when it has no label. Danish: <c>Lukket møde</c>.</summary>
    public const string ClosedPart = "closedPart";

    /// <summary>A suspension; {time}. Danish: <c>Mødet blev suspenderet kl. {time}.</c>.</summary>
    public const string Suspended = "suspended";

    /// <summary>A suspension and resumption; {time}, {resumed}. Danish: <c>Mødet blev suspenderet kl. {time} og genoptaget kl. {resumed}.</c>.</summary>
    public const string SuspendedAndResumed = "suspendedAndResumed";

    /// <summary>The statement that every member attended. Danish: <c>Alle medlemmer var mødt.</c>.</summary>
    public const string AllMembersPresent = "allMembersPresent";

    /// <summary>Who chaired the meeting; {name}, or {titleAndName} (<c>1. næstformand Hanne Roed</c>). Danish: <c>{name} var mødeleder.</c>.</summary>
    public const string ActingChair = "actingChair";

    /// <summary>
    /// With <see cref="Paper.AttendanceLayout.Sentences"/>: the members absent with notice; {names}.
    /// Danish: <c>Alle medlemmer var mødt undtagen {names}, der havde meldt afbud.</c>.
    /// </summary>
    public const string AllPresentExcept = "allPresentExcept";

    /// <summary>With <see cref="Paper.AttendanceLayout.Sentences"/>: a substitute; {name}, {member}. Danish: <c>{name} deltog som stedfortræder for {member}.</c>.</summary>
    public const string SubstituteAttended = "substituteAttended";

    /// <summary>
    /// With <see cref="Paper.AttendanceLayout.Sentences"/>, in a meeting with substitutes: an absent member no
    /// substitute stood in for; {name}. Danish: <c>Der mødte ikke en stedfortræder for {name}.</c>.
    /// </summary>
    public const string NoSubstitute = "noSubstitute";

    /// <summary>With <see cref="Paper.AttendanceLayout.Sentences"/>: a member arriving or leaving; {name}, {movement} (<see cref="Arrived"/>, <see cref="Left"/>). Danish: <c>{name} {movement}.</c>.</summary>
    public const string MovementSentence = "movementSentence";

    /// <summary>Printed after the body for an ordinary meeting (empty: nothing). Danish: empty.</summary>
    public const string OrdinaryMeeting = "ordinaryMeeting";

    /// <summary>The heading of the meeting's notes before the items. Danish: <c>Bemærkninger</c>.</summary>
    public const string Notes = "notes";

    /// <summary>The heading of the open items in a grouped contents list. Danish: <c>Åbne punkter</c>.</summary>
    public const string OpenItems = "openItems";

    /// <summary>The heading of the closed items in a grouped contents list. Danish: <c>Lukkede punkter</c>.</summary>
    public const string ClosedItems = "closedItems";

    /// <summary>Absent, notice not stated. Danish: <c>fraværende</c>.</summary>
    public const string AbsentUnknown = "absentUnknown";

    /// <summary>An absence with its reason; {status}, {reason}. Danish: <c>{status} ({reason})</c>.</summary>
    public const string AbsenceReason = "absenceReason";

    /// <summary>A substitute's rank; {rank}. Danish: <c>{rank}. stedfortræder</c>.</summary>
    public const string SubstituteRank = "substituteRank";

    /// <summary>The list a substitute was elected on; {list}. Danish: <c>liste {list}</c>.</summary>
    public const string SubstituteList = "substituteList";

    /// <summary>Absent for a range of items; {range}. Danish: <c>fraværende under punkt {range}</c>.</summary>
    public const string AbsentForItems = "absentForItems";

    /// <summary>A range of items; {from}, {to}. Danish: <c>{from}-{to}</c>.</summary>
    public const string ItemRange = "itemRange";

    /// <summary>An open-ended range from an item; {from}. Danish: <c>{from} og frem</c>.</summary>
    public const string ItemRangeFrom = "itemRangeFrom";

    /// <summary>An open-ended range up to an item; {to}. Danish: <c>til og med {to}</c>.</summary>
    public const string ItemRangeTo = "itemRangeTo";

    /// <summary>Partial attendance from an item; {from}. Danish: <c>deltog fra punkt {from}</c>.</summary>
    public const string AttendedFromItem = "attendedFromItem";

    /// <summary>Partial attendance up to an item; {to}. Danish: <c>deltog til og med punkt {to}</c>.</summary>
    public const string AttendedToItem = "attendedToItem";

    /// <summary>Left the meeting; {when}. Danish: <c>forlod mødet{when}</c>.</summary>
    public const string Left = "left";

    /// <summary>Arrived; {when}. Danish: <c>ankom{when}</c>.</summary>
    public const string Arrived = "arrived";

    /// <summary>The time of a movement; {time}, or {hour} and {minute} (<c>15</c>, <c>00</c>) for a style of its own. Danish: <c>, kl. {time}</c>.</summary>
    public const string MovementTime = "movementTime";

    /// <summary>A movement during an item; {number}. Danish: <c>, under punkt {number}</c>.</summary>
    public const string MovementDuring = "movementDuring";

    /// <summary>A movement after an item; {number}. Danish: <c>, efter punkt {number}</c>.</summary>
    public const string MovementAfter = "movementAfter";

    /// <summary>A movement before an item; {number}. Danish: <c>, før punkt {number}</c>.</summary>
    public const string MovementBefore = "movementBefore";

    /// <summary>The mark of an item added at the meeting. Danish: <c>Optaget på dagsordenen under mødet</c>.</summary>
    public const string AddedAtMeeting = "addedAtMeeting";

    /// <summary>The mark of an item added at the meeting, with the reason; {reason}. Danish: <c>Optaget på dagsordenen under mødet: {reason}</c>.</summary>
    public const string AddedAtMeetingReason = "addedAtMeetingReason";

    /// <summary>An item handled in another place than printed; {position}. Danish: <c>Behandlet som nr. {position}.</c>.</summary>
    public const string HandledAs = "handledAs";

    /// <summary>Where an item came from; {reference}. Danish: <c>Tidligere behandlet: {reference}.</c>.</summary>
    public const string CameFrom = "cameFrom";

    /// <summary>Where an item goes next; {reference}. Danish: <c>Videre til: {reference}.</c>.</summary>
    public const string GoesTo = "goesTo";

    /// <summary>The treatment still to come; {references}. Danish: <c>Videre behandling: {references}.</c>.</summary>
    public const string UpcomingTreatment = "upcomingTreatment";

    /// <summary>A postponed item. Danish: <c>Udsat.</c>.</summary>
    public const string StatusPostponed = "statusPostponed";

    /// <summary>An item taken off the agenda. Danish: <c>Punktet blev taget af dagsordenen.</c>.</summary>
    public const string StatusTakenOff = "statusTakenOff";

    /// <summary>An item sent back. Danish: <c>Sendt tilbage.</c>.</summary>
    public const string StatusReferredBack = "statusReferredBack";

    /// <summary>A status with its reason; {status}, {reason}. Danish: <c>{status} {reason}</c>.</summary>
    public const string StatusReason = "statusReason";

    /// <summary>The decision on one recommendation point; {point}. Danish: <c>Ad {point}:</c>.</summary>
    public const string PointDecision = "pointDecision";

    /// <summary>Who proposed what was voted on; {proposer}. Danish: <c>Forslagsstiller: {proposer}</c>.</summary>
    public const string VoteProposer = "voteProposer";

    /// <summary>Those taking a reservation. Danish: <c>Forbehold</c>.</summary>
    public const string VotesReservation = "votesReservation";

    /// <summary>A protocol remark's lead; {authors}. Danish: <c>Protokolbemærkning fra {authors}:</c>.</summary>
    public const string StatementProtocolRemark = "statementProtocolRemark";

    /// <summary>An explanation of vote's lead; {authors}. Danish: <c>Stemmeforklaring fra {authors}:</c>.</summary>
    public const string StatementExplanationOfVote = "statementExplanationOfVote";

    /// <summary>A minority statement's lead; {authors}. Danish: <c>Mindretalsudtalelse fra {authors}:</c>.</summary>
    public const string StatementMinorityStatement = "statementMinorityStatement";

    /// <summary>A protokollat's lead; {authors}. Danish: <c>Protokollat fra {authors}:</c>.</summary>
    public const string StatementProtokollat = "statementProtokollat";

    /// <summary>A minority recommendation's lead; {authors}. Danish: <c>Særindstilling fra {authors}:</c>.</summary>
    public const string StatementSpecialRecommendation = "statementSpecialRecommendation";

    /// <summary>A reservation's lead; {authors}. Danish: <c>Forbehold fra {authors}:</c>.</summary>
    public const string StatementReservation = "statementReservation";

    /// <summary>Who was absent at an earlier body's meeting; {names}. Danish: <c>Fraværende: {names}.</c>.</summary>
    public const string EarlierAbsent = "earlierAbsent";

    /// <summary>A label and its value on one line; {label}, {value}. Danish: <c>{label}: {value}</c>.</summary>
    public const string InlineLabel = "inlineLabel";
}
