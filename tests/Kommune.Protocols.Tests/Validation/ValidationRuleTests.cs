using Kommune.Protocols.Model;
using Kommune.Protocols.Validation;
using NodaTime;

namespace Kommune.Protocols.Tests.Validation;

/// <summary>Each rule: a meeting that triggers it (code, severity, path) and the clean meeting that does not.</summary>
public class ValidationRuleTests
{
    private static readonly LocalDate Day = new(2025, 5, 14);

    public static TheoryData<string> Cases => new(Triggers.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, (Func<Meeting, Meeting> Break, Severity Severity, string Path)> Triggers = new()
    {
        ["KP101"] = (m => m with { Municipality = " " }, Severity.Error, "municipality"),
        ["KP102"] = (m => m with { Body = new Body { Name = "" } }, Severity.Error, "body.name"),
        ["KP103"] = (m => m with { End = new LocalTime(8, 0) }, Severity.Error, "end"),
        ["KP104"] = (m => WithItem(m, 1, i => i with { Number = ItemNumber.Parse("1") }), Severity.Error, "items[1].number"),
        ["KP105"] = (m => m with { Items = [m.Items[1], m.Items[0]], TimePlan = null }, Severity.Warning, "items[1].number"),
        ["KP106"] = (m => m with { Stage = DocumentStage.Agenda }, Severity.Warning, "items[0].decision"),
        ["KP201"] = (m => WithItem(m, 0, i => i with { Title = "" }), Severity.Error, "items[0].title"),
        ["KP202"] = (m => WithItem(m, 1, i => i with { Attachments = [i.Attachments[0] with { Access = Access.Open }] }), Severity.Error, "items[1].attachments[0]"),
        ["KP203"] = (m => WithItem(m, 0, i => i with { Attachments = [i.Attachments[0] with { Number = 2 }, i.Attachments[0]] }), Severity.Error, "items[0].attachments[1].number"),
        ["KP204"] = (m => WithItem(m, 0, i => i with { Attachments = [i.Attachments[0] with { Title = " " }] }), Severity.Error, "items[0].attachments[0].title"),
        ["KP205"] = (m => WithItem(m, 0, i => i with { CaseNumber = CaseNumber.FromText("SAG-17") }), Severity.Warning, "items[0].caseNumber"),
        ["KP206"] = (m => WithItem(m, 0, i => i with { Attachments = [i.Attachments[0] with { DocumentNumber = DocumentNumber.FromText("DOK-1") }] }), Severity.Warning, "items[0].attachments[0].documentNumber"),
        ["KP207"] = (m => WithItem(m, 0, i => i with { Title = "Budget\u0001" }), Severity.Error, "items[0].title"),
        ["KP208"] = (m => WithItem(m, 0, i => i with { Sections = [new Section { Kind = SectionKind.Background, Content = [Paragraph.Of(" ")] }] }), Severity.Warning, "items[0].sections[0]"),
        ["KP209"] = (m => WithItem(m, 0, i => i with { Sections = [new Section { Kind = SectionKind.Custom, Content = [Paragraph.Of("x")] }] }), Severity.Error, "items[0].sections[0].heading"),
        ["KP210"] = (m => WithItem(m, 0, i => i with { Sections = [new Section { Kind = SectionKind.Untitled, Content = [new UpcomingMeetingsBlock()] }] }), Severity.Warning, "items[0].sections[0].content[0]"),
        ["KP301"] = (m => WithItem(m, 0, i => i with { Decision = null }), Severity.Error, "items[0].decision"),
        ["KP302"] = (m => WithItem(m, 0, i => i with { Decision = i.Decision! with { Date = Day.PlusDays(1) } }), Severity.Warning, "items[0].decision.date"),
        ["KP303"] = (m => m with { Signatories = [] }, Severity.Error, "signatories"),
        ["KP304"] = (m => m with { Signatories = [m.Signatories[0] with { Approval = null }] }, Severity.Error, "signatories[0].approval"),
        ["KP108"] = (m => WithItem(m, 0, i => i with { PlannedDuration = NodaTime.Duration.FromDays(15) }), Severity.Error, "items[0].plannedDuration"),
        ["KP107"] = (m => WithItem(m, 1, i => i with { HandlingOrder = 3 }), Severity.Error, "items[1].handlingOrder"),
        ["KP408"] = (m => WithItem(m, 0, i => i with { Decision = i.Decision! with { Votes = [new Vote { For = new VoteTally { Members = ["Anne Hansen", "Nogen Andre"] } }] } }), Severity.Warning, "items[0].decision.votes[0].for.members[1]"),
        ["KP409"] = (m => WithItem(m, 0, i => i with { Decision = i.Decision! with { Votes = [new Vote { For = new VoteTally { Members = ["Camilla Sørensen"] } }] } }), Severity.Error, "items[0].decision.votes[0].for.members[0]"),
        ["KP410"] = (m => m with { Members = [m.Members[0] with { AbsentItems = [new ItemRange { From = ItemNumber.Parse("9") }] }, .. m.Members.Skip(1)] }, Severity.Error, "members[0].absentItems[0].from"),
        ["KP411"] = (m => m with { Members = [m.Members[0], m.Members[1] with { Role = MemberRole.Chair }, m.Members[2]] }, Severity.Error, "members[1].role"),
        ["KP412"] = (m => WithItem(m, 0, i => i with { History = [new EarlierDecision { Body = "Økonomiudvalget", Date = Day.PlusDays(1), Text = "Anbefales." }] }), Severity.Error, "items[0].history[0].date"),
        ["KP414"] = (m => m with { Members = [m.Members[0] with { Key = "x" }, m.Members[1] with { Key = "x" }, m.Members[2]] }, Severity.Error, "members[1].key"),
        ["KP415"] = (m => WithItem(m, 0, i => i with { Decision = i.Decision! with { Statements = [new Statement { Authors = ["A"], Text = [Paragraph.Of("Bemærkning.")], Vote = 4 }] } }), Severity.Error, "items[0].decision.statements[0].vote"),
        ["KP305"] = (m => WithItem(m, 1, i => i with { PublicDecision = [] }), Severity.Warning, "items[1].publicDecision"),
        ["KP401"] = (m => m with { Members = [.. m.Members, m.Members[0] with { Attendance = AttendanceStatus.AbsentWithNotice }] }, Severity.Error, "members[3]"),
        ["KP402"] = (m => m with { Members = [.. m.Members, new Member { Name = "Sub", Role = MemberRole.Substitute, SubstituteFor = "Nobody" }] }, Severity.Error, "members[3].substituteFor"),
        ["KP403"] = (m => WithItem(m, 0, i => i with { ConflictsOfInterest = [new ConflictOfInterest { Name = "Bo Jensen" }] }), Severity.Error, "items[0].decision.votes[0]"),
        ["KP404"] = (m => WithItem(m, 0, i => i with { ConflictsOfInterest = [new ConflictOfInterest { Name = "Ukendt" }] }), Severity.Warning, "items[0].conflictsOfInterest[0].name"),
        ["KP405"] = (m => WithItem(m, 0, i => i with { Decision = i.Decision! with { Votes = [new Vote { For = new VoteTally { Count = 4 } }] } }), Severity.Error, "items[0].decision.votes[0]"),
        ["KP406"] = (m => WithItem(m, 0, i => i with { Decision = i.Decision! with { Votes = [new Vote { Point = 3, For = new VoteTally { Count = 1 } }] } }), Severity.Error, "items[0].decision.votes[0].point"),
        ["KP407"] = (m => m with { TimePlan = m.TimePlan! with { Slots = [m.TimePlan.Slots[0] with { Guests = [new Person { Name = "Fremmed" }] }, m.TimePlan.Slots[1]] } }, Severity.Warning, "timePlan.slots[0].guests[0]"),
        ["KP501"] = (m => m with { End = new LocalTime(9, 20) }, Severity.Error, "timePlan"),
        ["KP502"] = (m => m with { TimePlan = m.TimePlan! with { Slots = [m.TimePlan.Slots[0], m.TimePlan.Slots[1] with { Start = new LocalTime(9, 5) }] } }, Severity.Error, "timePlan.slots[1].start"),
        ["KP503"] = (m => m with { TimePlan = m.TimePlan! with { Slots = [m.TimePlan.Slots[0] with { Start = new LocalTime(8, 0) }, m.TimePlan.Slots[1]] } }, Severity.Error, "timePlan.slots[0]"),
        ["KP504"] = (m => m with { TimePlan = m.TimePlan! with { Slots = [m.TimePlan.Slots[0], m.TimePlan.Slots[1] with { Item = ItemNumber.Parse("9") }] } }, Severity.Error, "timePlan.slots[1].item"),
        ["KP505"] = (m => m with { TimePlan = m.TimePlan! with { Slots = [m.TimePlan.Slots[0]] } }, Severity.Warning, "items[1]"),
        ["KP506"] = (m => m with { End = null, TimePlan = m.TimePlan! with { Slots = [m.TimePlan.Slots[0], m.TimePlan.Slots[1] with { Duration = null }] } }, Severity.Warning, "timePlan.slots[1]"),
        ["KP507"] = (m => m with { Start = null, End = null }, Severity.Error, "timePlan"),
        ["KP508"] = (m => m with { Date = new NodaTime.LocalDate(9999, 12, 31), Start = new NodaTime.LocalTime(23, 30), End = null, TimePlan = m.TimePlan! with { Slots = [m.TimePlan.Slots[0] with { Duration = NodaTime.Duration.FromHours(10) }, .. m.TimePlan.Slots.Skip(1)] } }, Severity.Error, "timePlan"),
    };

    [Fact]
    public void The_clean_meeting_has_no_issue()
    {
        Assert.Empty(MeetingValidator.Validate(Clean()).Issues);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_is_triggered_with_its_code_severity_and_path(string code)
    {
        var (breakIt, severity, path) = Triggers[code];

        var issues = MeetingValidator.Validate(breakIt(Clean())).Issues;

        Assert.Contains((code, severity, path), issues.Select(i => (i.Code, i.Severity, i.Path)));
        Assert.All(issues.Where(i => i.Code == code), i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
    }

    [Fact]
    public void Every_built_in_rule_has_a_triggering_test()
    {
        Assert.Equal(MeetingValidator.BuiltInRules.Select(r => r.Code).Order(StringComparer.Ordinal), Triggers.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Information_items_without_decision_are_only_a_warning()
    {
        var meeting = WithItem(Clean(), 0, i => i with { Decision = null, Purpose = ItemPurpose.Information });

        Assert.Equal(Severity.Warning, MeetingValidator.Validate(meeting).Issues.Single(i => i.Code == "KP301").Severity);
    }

    [Fact]
    public void Closed_items_of_a_public_edition_need_no_decision()
    {
        var meeting = Kommune.Protocols.Editions.PublicEdition.Create(Clean());

        Assert.DoesNotContain(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP301");
    }

    [Fact]
    public void A_rule_can_be_switched_off_or_have_its_severity_changed()
    {
        var meeting = WithItem(Clean(), 0, i => i with { CaseNumber = CaseNumber.FromText("SAG-17") });

        Assert.Empty(MeetingValidator.Validate(meeting, new ValidationOptions { Disabled = new HashSet<string> { "KP205" } }).Issues);
        var raised = MeetingValidator.Validate(meeting, new ValidationOptions { SeverityOverrides = new Dictionary<string, Severity> { ["KP205"] = Severity.Error } });
        Assert.True(raised.HasErrors);
    }

    [Fact]
    public void The_stage_can_be_chosen_and_an_agenda_needs_no_decisions()
    {
        var agenda = Clean() with { Stage = DocumentStage.Agenda, Signatories = [], Items = [.. Clean().Items.Select(i => i with { Decision = null })] };

        Assert.Empty(MeetingValidator.Validate(agenda).Issues);
        Assert.Contains(MeetingValidator.Validate(agenda, new ValidationOptions { Stage = DocumentStage.Protocol }).Issues, i => i.Code == "KP301");
    }

    [Fact]
    public void EnsureValid_throws_one_exception_with_the_whole_report()
    {
        var meeting = Clean() with { Municipality = "", Body = new Body { Name = "" } };

        var error = Assert.Throws<MeetingValidationException>(() => MeetingValidator.EnsureValid(meeting));

        Assert.Equal(["KP101", "KP102"], error.Report.Errors.Select(i => i.Code));
        Assert.Contains("KP101 error municipality", error.Message, StringComparison.Ordinal);
        Assert.Empty(MeetingValidator.EnsureValid(Clean()).Issues);
    }

    [Fact]
    public void EnsureValid_speaks_one_language_frame_and_issues_alike()
    {
        var meeting = WithItem(Clean(), 0, i => i with { Title = "" });

        var danish = Assert.Throws<MeetingValidationException>(() => MeetingValidator.EnsureValid(meeting));
        Assert.Equal("Mødet har 1 valideringsfejl:\nKP201 error items[0].title: Punkt 1 har ingen titel.", danish.Message);
        var english = Assert.Throws<MeetingValidationException>(() => MeetingValidator.EnsureValid(meeting, new ValidationOptions { Language = Language.English }));
        Assert.Equal("The meeting has 1 validation error(s):\nKP201 error items[0].title: Item 1 has no title.", english.Message);
        Assert.Same(Language.English, english.Report.Language);
    }

    [Fact]
    public void Messages_come_in_Danish_by_default_and_in_English_on_request()
    {
        var meeting = WithItem(Clean(), 0, i => i with { Title = "" });

        Assert.Equal("Punkt 1 har ingen titel.", MeetingValidator.Validate(meeting).Issues.Single().Message);
        Assert.Equal("Item 1 has no title.", MeetingValidator.Validate(meeting, new ValidationOptions { Language = Language.English }).Issues.Single().Message);
    }

    [Fact]
    public void A_custom_rule_runs_after_the_built_in_ones()
    {
        var options = new ValidationOptions { ExtraRules = [new LocationRequired()] };

        var issue = Assert.Single(MeetingValidator.Validate(Clean() with { Location = null }, options).Issues);

        Assert.Equal(("X001", "location"), (issue.Code, issue.Path));
    }

    internal static Meeting Clean() => new()
    {
        Municipality = "Norddjurs Kommune",
        Body = new Body { Name = "Økonomiudvalget", ShortName = "ØK" },
        Date = Day,
        Start = new LocalTime(9, 0),
        End = new LocalTime(10, 0),
        Location = "Byrådssalen",
        Stage = DocumentStage.Approved,
        Members =
        [
            new Member { Name = "Anne Hansen", Party = "A", Role = MemberRole.Chair },
            new Member { Name = "Bo Jensen", Party = "V" },
            new Member { Name = "Camilla Sørensen", Party = "C", Attendance = AttendanceStatus.AbsentWithNotice, AbsenceReason = "pga. ferie" },
        ],
        Items =
        [
            new AgendaItem
            {
                Number = ItemNumber.Parse("1"),
                Title = "Budget 2026",
                CaseNumber = CaseNumber.Parse("25/1234"),
                Sections = [new Section { Kind = SectionKind.CaseDescription, Content = [Paragraph.Of("Forslag til budget.")] }],
                Recommendation = new Recommendation { Points = ["at budgettet godkendes", "at det sendes videre"] },
                Attachments = [new Attachment { Number = 1, Title = "Budgetforslag", DocumentNumber = DocumentNumber.Parse("29031/25") }],
                Guests = [new Person { Title = "Økonomichef", Name = "Bettina Andersen" }],
                Decision = new Decision
                {
                    Body = "Økonomiudvalget",
                    Date = Day,
                    Outcome = DecisionOutcome.Approved,
                    Text = [Paragraph.Of("Godkendt.")],
                    Votes = [new Vote { Point = 1, For = new VoteTally { Members = ["Anne Hansen", "Bo Jensen"] } }],
                },
            },
            new AgendaItem
            {
                Number = ItemNumber.Parse("2"),
                Title = "Personalesag",
                Access = Access.Closed,
                Attachments = [new Attachment { Number = 1, Title = "Notat", Access = Access.Closed }],
                Decision = new Decision { Body = "Økonomiudvalget", Date = Day, Outcome = DecisionOutcome.Noted },
                PublicDecision = [Paragraph.Of("Taget til efterretning.")],
            },
        ],
        TimePlan = new TimePlan
        {
            Slots =
            [
                new TimeSlot { Item = ItemNumber.Parse("1"), Duration = Duration.FromMinutes(30), Guests = [new Person { Name = "Bettina Andersen" }] },
                new TimeSlot { Item = ItemNumber.Parse("2"), Duration = Duration.FromMinutes(20) },
            ],
        },
        Signatories = [new Signatory { Title = "Formand", Name = "Anne Hansen", Approval = new Approval { At = Instant.FromUtc(2025, 5, 14, 10, 0) } }],
    };

    private static Meeting WithItem(Meeting meeting, int index, Func<AgendaItem, AgendaItem> change) =>
        meeting with { Items = [.. meeting.Items.Select((item, i) => i == index ? change(item) : item)] };

    private sealed class LocationRequired : IValidationRule
    {
        public string Code => "X001";

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "The place is given.";

        public IEnumerable<Finding> Check(ValidationContext context) =>
            context.Meeting.Location is null ? [Finding.WithMessage("location", "Mødested mangler.")] : [];
    }
}
