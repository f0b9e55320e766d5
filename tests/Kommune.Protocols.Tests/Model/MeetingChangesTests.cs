using Kommune.Protocols.Formatting;
using Kommune.Protocols.Model;
using Kommune.Protocols.Scheduling;
using Kommune.Protocols.Validation;
using NodaTime;

namespace Kommune.Protocols.Tests.Model;

/// <summary>The conveniences for changing one item or decision, turning an agenda into a protocol and planning from the items.</summary>
public class MeetingChangesTests
{
    private static readonly ItemNumber One = ItemNumber.FromInt32(1);
    private static readonly ItemNumber Two = ItemNumber.FromInt32(2);
    private static readonly ItemNumber TwoA = Two.SubItem("a");

    [Fact]
    public void WithItem_replaces_one_item_in_place_and_keeps_the_others()
    {
        var agenda = Agenda();

        var changed = agenda.WithItem(One, i => i with { Title = "Budget 2027" });

        Assert.Equal(["Budget 2027", "Spørgetid", "Anlæg"], changed.Items.Select(i => i.Title));
        Assert.Same(agenda.Items[1], changed.Items[1]);
        Assert.Same(agenda.Items[2], changed.Items[2]);
        Assert.Equal("Budget 2026", agenda.Items[0].Title);
        Assert.Equal(agenda with { Items = changed.Items }, changed);
    }

    [Fact]
    public void WithItem_finds_a_sub_item_by_its_number()
    {
        var changed = Agenda().WithItem(TwoA, i => i with { Title = "Skolevej" });

        Assert.Equal("Skolevej", changed.Items[2].SubItems[0].Title);
        Assert.Equal("Cykelsti", changed.Items[2].SubItems[1].Title);
        Assert.Equal("Anlæg", changed.Items[2].Title);
        Assert.Same(changed.Items[2].SubItems[0], changed.FindItem(TwoA));
    }

    [Fact]
    public void WithItem_refuses_a_number_that_is_missing_or_not_unique_and_a_null_result()
    {
        var agenda = Agenda();
        var twice = agenda with { Items = agenda.Items.Add(new AgendaItem { Number = One, Title = "Igen" }) };

        Assert.Contains("no item 9", Assert.Throws<ArgumentException>(() => agenda.WithItem(ItemNumber.FromInt32(9), i => i)).Message, StringComparison.Ordinal);
        Assert.Contains("2 items numbered 1", Assert.Throws<ArgumentException>(() => twice.WithItem(One, i => i)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => agenda.WithItem(One, _ => null!));
        Assert.Null(agenda.FindItem(ItemNumber.FromInt32(9)));
    }

    [Fact]
    public void WithDecision_starts_from_the_meetings_body_and_date_and_keeps_an_existing_decision()
    {
        var protocol = Agenda().ToProtocol()
            .WithDecision(One, d => d with { Outcome = DecisionOutcome.Approved })
            .WithDecision(TwoA, d => d with { Text = [Paragraph.Of("Godkendt.")] });

        var first = protocol.FindItem(One)!.Decision!;
        Assert.Equal(("Økonomiudvalget", new LocalDate(2025, 3, 5), DecisionOutcome.Approved), (first.Body, first.Date, first.Outcome));
        Assert.Equal(protocol.Date, protocol.FindItem(TwoA)!.Decision!.Date);

        var again = protocol.WithDecision(One, d => d with { OutcomeText = "Godkendt med ændringer" }).FindItem(One)!.Decision!;
        Assert.Equal((DecisionOutcome.Approved, "Godkendt med ændringer"), (again.Outcome, again.OutcomeText));
        Assert.Throws<InvalidOperationException>(() => protocol.WithDecision(One, _ => null!));
    }

    [Fact]
    public void ToProtocol_changes_the_stage_invents_no_decision_and_the_validator_lists_what_to_fill()
    {
        var agenda = Agenda();

        var protocol = agenda.ToProtocol();

        Assert.Equal(DocumentStage.Protocol, protocol.Stage);
        Assert.Equal(agenda.Items, protocol.Items);
        Assert.Equal(agenda with { Stage = DocumentStage.Protocol }, protocol);
        var waiting = MeetingValidator.Validate(protocol).Issues.Where(i => i.Code == "KP301").Select(i => i.Path).ToList();
        Assert.Equal(["items[0].decision", "items[1].decision", "items[2].decision", "items[2].subItems[0].decision", "items[2].subItems[1].decision"], waiting);

        var filled = protocol.WithDecision(One, d => d with { Outcome = DecisionOutcome.Approved });
        Assert.DoesNotContain(MeetingValidator.Validate(filled).Issues, i => i.Path == "items[0].decision");
    }

    [Theory]
    [InlineData(DocumentStage.Protocol)]
    [InlineData(DocumentStage.Approved)]
    [InlineData(DocumentStage.Signed)]
    [InlineData(DocumentStage.Published)]
    public void ToProtocol_refuses_a_protocol(DocumentStage stage) =>
        Assert.Throws<InvalidOperationException>(() => (Agenda() with { Stage = stage }).ToProtocol());

    [Fact]
    public void ToProtocol_accepts_a_draft() =>
        Assert.Equal(DocumentStage.Protocol, (Agenda() with { Stage = DocumentStage.Draft }).ToProtocol().Stage);

    [Fact]
    public void FromItems_plans_the_items_back_to_back_from_the_meetings_start()
    {
        var agenda = Agenda();
        var planned = agenda with { TimePlan = TimePlan.FromItems(agenda) };

        var schedule = MeetingScheduler.Schedule(planned);

        Assert.Equal(
            [("9.00", "9.30"), ("9.30", "9.45"), ("9.45", "10.45")],
            schedule.Slots.Select(s => (DanishFormat.Time(s.Start!.Value), DanishFormat.Time(s.End!.Value))));
        Assert.Equal([TimeSlotKind.Item, TimeSlotKind.Other, TimeSlotKind.Item], planned.TimePlan!.Slots.Select(s => s.Kind));
        Assert.Equal("Spørgetid", planned.TimePlan.Slots[1].Label);
        Assert.Same(agenda.Items[2], schedule.Slots[2].Item);
        Assert.DoesNotContain(planned.TimePlan.Slots, s => s.Kind == TimeSlotKind.Break || s.Start is not null);
        Assert.Empty(schedule.Problems);
    }

    [Fact]
    public void FromItems_follows_a_changed_duration_and_reports_what_it_cannot_know()
    {
        var agenda = Agenda();
        var planned = agenda with { TimePlan = TimePlan.FromItems(agenda) };

        var longer = MeetingScheduler.Schedule(planned.WithItem(One, i => i with { PlannedDuration = Duration.FromMinutes(45) }));
        Assert.Equal(new LocalTime(9, 45), longer.Slots[0].End);
        Assert.Equal(new LocalTime(11, 0), longer.Slots[2].End);

        var unknown = MeetingScheduler.Schedule(planned.WithItem(One, i => i with { PlannedDuration = null }));
        Assert.Contains(unknown.Problems, p => p.Kind == ScheduleProblemKind.UnknownLength && p.SlotIndex == 0);
        Assert.Null(unknown.Slots[1].Start);

        var noStart = MeetingScheduler.Schedule(planned with { Start = null });
        Assert.Contains(noStart.Problems, p => p.Kind == ScheduleProblemKind.NoStart);
        Assert.Empty(TimePlan.FromItems(agenda with { Items = [] }).Slots);
    }

    [Fact]
    public void ValueList_changes_return_new_lists_and_leave_the_old_one()
    {
        ValueList<string> list = ["a", "b", "c"];

        Assert.Equal(["a", "x", "c"], list.SetItem(1, "x"));
        Assert.Equal(["a", "b", "y"], list.Replace("c", "y"));
        Assert.Equal(["a", "b", "c", "d"], list.Add("d"));
        Assert.Equal(["a", "c"], list.RemoveAt(1));
        Assert.Same(ValueList<string>.Empty, ValueList.Create<string>(["a"]).RemoveAt(0));
        Assert.Equal(["a", "b", "c"], list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list.SetItem(3, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.RemoveAt(-1));
        Assert.Throws<ArgumentException>(() => list.Replace("z", "y"));
    }

    [Fact]
    public void ValueList_Replace_finds_a_record_by_content()
    {
        ValueList<Member> members = [new Member { Name = "Anne Hansen" }, new Member { Name = "Bo Jensen" }];

        var changed = members.Replace(new Member { Name = "Bo Jensen" }, new Member { Name = "Bo Jensen", Party = "V" });

        Assert.Equal("V", changed[1].Party);
        Assert.Null(members[1].Party);
    }

    private static Meeting Agenda() => new()
    {
        Municipality = "Norddjurs Kommune",
        Body = new Body { Name = "Økonomiudvalget" },
        Date = new LocalDate(2025, 3, 5),
        Start = new LocalTime(9, 0),
        Stage = DocumentStage.Agenda,
        Items =
        [
            new AgendaItem { Number = One, Title = "Budget 2026", PlannedDuration = Duration.FromMinutes(30) },
            new AgendaItem { Title = "Spørgetid", PlannedDuration = Duration.FromMinutes(15) },
            new AgendaItem
            {
                Number = Two,
                Title = "Anlæg",
                PlannedDuration = Duration.FromHours(1),
                SubItems = [new AgendaItem { Number = TwoA, Title = "Vej" }, new AgendaItem { Number = Two.SubItem("b"), Title = "Cykelsti" }],
            },
        ],
    };
}
