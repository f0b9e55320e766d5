using System.Globalization;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Scheduling;
using Kommune.Protocols.Tests.Support;
using Kommune.Protocols.Validation;
using NodaTime;

namespace Kommune.Protocols.Tests.Scheduling;

public class SchedulerTests
{
    private static readonly LocalDate Day = new(2025, 5, 14);

    [Fact]
    public void Seed_plan_is_reproduced_exactly()
    {
        var schedule = MeetingScheduler.Schedule(SeedMeeting.Build());

        Assert.Equal(
            ["9.00", "9.15", "9.45", "10.30", "10.40", "11.10", "11.30", "11.45"],
            schedule.Slots.Select(s => s.Start!.Value).Append(schedule.EndsAt!.Value.TimeOfDay).Select(Kommune.Protocols.Formatting.DanishFormat.Time));
        Assert.Equal("Pause", schedule.Slots[3].Slot.Label);
        Assert.Empty(schedule.Problems);
        Snapshot.Match(ScheduleFormatter.Format(schedule));
    }

    [Fact]
    public void Seed_lines_read_like_the_protocol()
    {
        var lines = ScheduleFormatter.Lines(MeetingScheduler.Schedule(SeedMeeting.Build()));

        Assert.Equal("9.00-9.15  1. Beslutningsprotokoller og dagsordener", lines[0]);
        Assert.Equal("10.30-10.40  Pause", lines[3]);
        Assert.Equal("10.40-11.10  Lukket HR-punkt (Materiale sendes per mail)", lines[4]);
        Assert.Equal("11.45  Mødet afsluttes", lines[^1]);
        Assert.Equal("09:00-09:15  1. Beslutningsprotokoller og dagsordener", ScheduleFormatter.Lines(MeetingScheduler.Schedule(SeedMeeting.Build()), iso: true)[0]);
    }

    [Fact]
    public void Moving_an_item_shifts_the_later_ones_and_fixed_breaks_stay()
    {
        var plan = Plan(Slot("1", 15), Slot("2", 30), Break(new LocalTime(10, 0), 15), Slot("3", 20));
        var moved = Plan(Slot("2", 30), Slot("1", 15), Break(new LocalTime(10, 0), 15), Slot("3", 20));

        var before = Starts(Meeting(plan));
        var after = Starts(Meeting(moved));

        Assert.Equal(["9.00", "9.15", "10.00", "10.15"], before);
        Assert.Equal(["9.00", "9.30", "10.00", "10.15"], after);
    }

    [Fact]
    public void Longer_item_shifts_what_follows_until_a_fixed_time()
    {
        var schedule = MeetingScheduler.Schedule(Meeting(Plan(Slot("1", 45), Slot("2", 30), Break(new LocalTime(10, 30), 10), Slot("3", 20))));

        Assert.Equal(["9.00", "9.45", "10.30", "10.40"], schedule.Slots.Select(s => Kommune.Protocols.Formatting.DanishFormat.Time(s.Start!.Value)));
        Assert.Equal(Duration.FromMinutes(10), schedule.Slots[2].Duration);
    }

    [Fact]
    public void An_overrun_is_reported()
    {
        var meeting = Meeting(Plan(Slot("1", 60), Slot("2", 60), Slot("3", 60))) with { End = new LocalTime(11, 0) };

        var problem = Assert.Single(MeetingScheduler.Schedule(meeting).Problems);

        Assert.Equal(ScheduleProblemKind.PastEnd, problem.Kind);
        Assert.Equal((new LocalTime(12, 0), new LocalTime(11, 0)), (problem.Time, problem.Limit));
        var issue = Assert.Single(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP501");
        Assert.Contains("12.00", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlap_with_a_fixed_time_is_reported()
    {
        var problems = MeetingScheduler.Schedule(Meeting(Plan(Slot("1", 90), Break(new LocalTime(10, 0), 10), Slot("2", 10), Slot("3", 10)))).Problems;

        var overlap = Assert.Single(problems);
        Assert.Equal(ScheduleProblemKind.Overlap, overlap.Kind);
        Assert.Equal("timePlan.slots[1].start", overlap.Path);
    }

    [Fact]
    public void Slot_before_the_meeting_and_unknown_item_and_missing_slot_are_reported()
    {
        var plan = Plan(Slot("1", 10, new LocalTime(8, 30)), Slot("7", 10));
        var problems = MeetingScheduler.Schedule(Meeting(plan)).Problems.Select(p => (p.Kind, p.Path)).ToList();

        Assert.Contains((ScheduleProblemKind.BeforeMeeting, "timePlan.slots[0]"), problems);
        Assert.Contains((ScheduleProblemKind.UnknownItem, "timePlan.slots[1].item"), problems);
        Assert.Contains((ScheduleProblemKind.MissingSlot, "items[1]"), problems);
        Assert.Contains((ScheduleProblemKind.MissingSlot, "items[2]"), problems);
        var codes = MeetingValidator.Validate(Meeting(plan)).Issues.Select(i => (i.Code, i.Path)).ToList();
        Assert.Contains(("KP503", "timePlan.slots[0]"), codes);
        Assert.Contains(("KP504", "timePlan.slots[1].item"), codes);
        Assert.Contains(("KP505", "items[1]"), codes);
    }

    [Fact]
    public void A_slot_with_no_way_to_know_its_length_is_a_warning()
    {
        var plan = Plan(new TimeSlot { Item = ItemNumber.Parse("1") }, Slot("2", 10), Slot("3", 10)) with { End = null };

        var problem = Assert.Single(MeetingScheduler.Schedule(Meeting(plan) with { End = null }).Problems);

        Assert.Equal(ScheduleProblemKind.UnknownLength, problem.Kind);
        var issue = Assert.Single(MeetingValidator.Validate(Meeting(plan) with { End = null }).Issues, i => i.Code.StartsWith("KP5", StringComparison.Ordinal));
        Assert.Equal(("KP506", Severity.Warning), (issue.Code, issue.Severity));
    }

    [Fact]
    public void Spring_forward_night_meeting_gets_wall_clock_times_right()
    {
        // 30 March 2025: at 02:00 the clocks in Denmark jump to 03:00.
        var meeting = Meeting(Plan(Slot("1", 45), Slot("2", 45), Slot("3", 30))) with { Date = new LocalDate(2025, 3, 30), Start = new LocalTime(1, 0), End = null };

        var slots = MeetingScheduler.Schedule(meeting).Slots;

        Assert.Equal([new LocalTime(1, 0), new LocalTime(1, 45), new LocalTime(3, 30)], slots.Select(s => s.Start));
        Assert.Equal(new LocalTime(4, 0), slots[2].End);
        Assert.Equal(Offset.FromHours(1), slots[1].StartsAt!.Value.Offset);
        Assert.Equal(Offset.FromHours(2), slots[2].StartsAt!.Value.Offset);
        Assert.All(slots, s => Assert.True(s.Duration > Duration.Zero));
    }

    [Fact]
    public void Fall_back_night_meeting_gets_wall_clock_times_right()
    {
        // 26 October 2025: at 03:00 the clocks in Denmark go back to 02:00.
        var meeting = Meeting(Plan(Slot("1", 60), Slot("2", 60), Slot("3", 60))) with { Date = new LocalDate(2025, 10, 26), Start = new LocalTime(1, 30), End = null };

        var slots = MeetingScheduler.Schedule(meeting).Slots;

        Assert.Equal([new LocalTime(1, 30), new LocalTime(2, 30), new LocalTime(2, 30)], slots.Select(s => s.Start));
        Assert.Equal(Offset.FromHours(2), slots[1].StartsAt!.Value.Offset);
        Assert.Equal(Offset.FromHours(1), slots[2].StartsAt!.Value.Offset);
        Assert.Equal(new LocalTime(3, 30), slots[2].End);
    }

    [Fact]
    public void Daytime_meeting_on_the_change_days_is_unaffected()
    {
        foreach (var date in new[] { new LocalDate(2025, 3, 30), new LocalDate(2025, 10, 26) })
        {
            Assert.Equal(["9.00", "9.15", "9.45"], Starts(Meeting(Plan(Slot("1", 15), Slot("2", 30), Slot("3", 10))) with { Date = date }));
        }
    }

    [Trait("Category", "Cultures")]
    [Theory]
    [InlineData("da-DK")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Output_does_not_depend_on_the_culture(string culture)
    {
        var expected = ScheduleFormatter.Format(MeetingScheduler.Schedule(SeedMeeting.Build()));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, ScheduleFormatter.Format(MeetingScheduler.Schedule(SeedMeeting.Build())));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Public_edition_slot_of_a_closed_item_shows_the_items_title()
    {
        var meeting = SeedMeeting.Build();
        var lines = ScheduleFormatter.Lines(MeetingScheduler.Schedule(Kommune.Protocols.Editions.PublicEdition.Create(meeting)));

        Assert.Equal("9.45-10.30  4. Foreløbigt regnskab 2024", lines[2]);
    }

    private static string[] Starts(Meeting meeting) =>
        [.. MeetingScheduler.Schedule(meeting).Slots.Select(s => Kommune.Protocols.Formatting.DanishFormat.Time(s.Start!.Value))];

    private static TimeSlot Slot(string item, int minutes, LocalTime? start = null) =>
        new() { Item = ItemNumber.Parse(item), Duration = Duration.FromMinutes(minutes), Start = start };

    private static TimeSlot Break(LocalTime at, int minutes) =>
        new() { Kind = TimeSlotKind.Break, Label = "Pause", Start = at, Duration = Duration.FromMinutes(minutes) };

    private static TimePlan Plan(params TimeSlot[] slots) => new() { Slots = ValueList.From(slots) };

    private static Meeting Meeting(TimePlan plan) => new()
    {
        Municipality = "Norddjurs Kommune",
        Body = new Body { Name = "Økonomiudvalget" },
        Date = Day,
        Start = new LocalTime(9, 0),
        End = new LocalTime(12, 0),
        Items = [Item("1"), Item("2"), Item("3")],
        TimePlan = plan,
    };

    private static AgendaItem Item(string number) => new() { Number = ItemNumber.Parse(number), Title = $"Punkt {number}" };
}
