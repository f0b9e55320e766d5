using CsCheck;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Editions;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Scheduling;
using NodaTime;

namespace Kommune.Protocols.Tests.Paper;

/// <summary>
/// One clock: the DOCX time-plan table, <see cref="ScheduleFormatter"/> and <see cref="Schedule"/>
/// print the same times, slot by slot, for every plan (summer-time nights, missing durations,
/// fractional minutes, fixed breaks, an end time). The first tests reproduce the four
/// disagreements the DOCX writer had when it added minutes itself.
/// </summary>
public class TimePlanAgreementTests
{
    [Fact]
    public void Across_the_spring_change_the_paper_says_what_the_scheduler_says()
    {
        // 30 March 2025: at 02:00 the clocks jump to 03:00; 01:30 + 60 minutes is 03:30 on the wall.
        var meeting = Meeting(new LocalDate(2025, 3, 30), new LocalTime(1, 30), null, Slot("1", 60), Slot("2", 30));

        Assert.Equal(["1.30", "3.30", "4.00"], TableTimes(meeting));
        Assert.Equal("3.30-4.00  2. Punkt 2", ScheduleFormatter.Lines(MeetingScheduler.Schedule(meeting))[1]);
    }

    [Fact]
    public void A_slot_without_a_duration_before_a_fixed_time_gets_its_times_and_the_end_row_stays()
    {
        var meeting = Meeting(new LocalDate(2025, 5, 14), new LocalTime(9, 0), new LocalTime(11, 0), Slot("1", 30), Slot("2", null), Slot("3", 20, new LocalTime(10, 0)));

        Assert.Equal(["9.00", "9.30", "10.00", "11.00"], TableTimes(meeting));
    }

    [Fact]
    public void Fractional_minutes_add_up_as_the_scheduler_adds_them()
    {
        var slot = Slot("1", null) with { Duration = Duration.FromSeconds(45 * 60 + 30) };
        var meeting = Meeting(new LocalDate(2025, 5, 14), new LocalTime(9, 0), null, slot, slot with { Item = ItemNumber.Parse("2") }, Slot("3", 15));

        Assert.Equal(["9.00", "9.45", "10.31", "10.46"], TableTimes(meeting));
    }

    [Fact]
    public void With_a_meeting_end_time_the_end_row_is_the_meetings_end()
    {
        var meeting = Meeting(new LocalDate(2025, 5, 14), new LocalTime(19, 0), new LocalTime(20, 15), Slot("1", 30), Slot("2", 20));

        Assert.Equal(["19.00", "19.30", "20.15"], TableTimes(meeting));
        Assert.Equal("20.15  Mødet afsluttes", ScheduleFormatter.Lines(MeetingScheduler.Schedule(meeting))[^1]);
    }

    [Fact]
    public void Table_formatter_and_schedule_agree_slot_by_slot_on_generated_plans()
    {
        var dates = new[] { new LocalDate(2025, 3, 30), new LocalDate(2025, 10, 26), new LocalDate(2025, 5, 14) };
        var plans =
            from date in Gen.OneOf(dates)
            from start in Gen.OneOf<LocalTime?>(null, new LocalTime(1, 0), new LocalTime(1, 30), new LocalTime(2, 0), new LocalTime(9, 0), new LocalTime(23, 30))
            from end in Gen.OneOf<LocalTime?>(null, new LocalTime(4, 0), new LocalTime(12, 0), new LocalTime(20, 15))
            from slots in SlotGen.Array[1, 8]
            select Meeting(date, start, end, slots);

        plans.Sample(
            meeting =>
            {
                var schedule = MeetingScheduler.Schedule(meeting);
                var table = TableTimes(meeting);
                var lines = ScheduleFormatter.Lines(schedule);
                var fromSchedule = schedule.Slots.Select(s => s.Start is { } t ? DanishText(t) : string.Empty).ToList();
                var fromLines = lines.Take(schedule.Slots.Count).Select(l => l[..l.IndexOf('-', StringComparison.Ordinal)]).Select(t => t == "?" ? string.Empty : t).ToList();
                Assert.Equal(fromSchedule, table.Take(schedule.Slots.Count));
                Assert.Equal(fromSchedule, fromLines);
                if (schedule.HasEndRow)
                {
                    var end = schedule.EndsAt is { } e ? DanishText(e.TimeOfDay) : string.Empty;
                    Assert.Equal(end, table[^1]);
                    Assert.Equal(end.Length == 0 ? "?" : end, lines[^1][..lines[^1].IndexOf(' ', StringComparison.Ordinal)]);
                }
            },
            iter: 300,
            seed: "0N3cLk0ck5aa");
    }

    [Fact]
    public void Public_and_internal_editions_print_the_same_times_for_every_slot()
    {
        var plans =
            from start in Gen.OneOf<LocalTime?>(new LocalTime(9, 0), new LocalTime(19, 0), new LocalTime(1, 30))
            from closed in Gen.Bool.Array[4]
            from slots in SlotGen.Array[1, 8]
            from slotClosed in Gen.Bool.Array[8]
            select WithAccess(Meeting(new LocalDate(2025, 3, 30), start, null, slots), closed, slotClosed);

        plans.Sample(
            meeting =>
            {
                var published = PublicEdition.For(meeting, MeetingEdition.Public);
                Assert.Equal(TableTimes(meeting), TableTimes(meeting, MeetingEdition.Public));
                var (inside, outside) = (MeetingScheduler.Schedule(meeting), MeetingScheduler.Schedule(published));
                Assert.Equal(inside.Slots.Select(s => (s.Start, s.End)), outside.Slots.Select(s => (s.Start, s.End)));
                Assert.Equal(inside.EndsAt, outside.EndsAt);
            },
            iter: 200,
            seed: "PubT1m3s0aaa");
    }

    // Items 1-4 open or closed, and each slot open or closed, as drawn.
    private static Meeting WithAccess(Meeting meeting, bool[] closedItems, bool[] closedSlots) => meeting with
    {
        Items = ValueList.From(meeting.Items.Select((item, i) => item with { Access = closedItems[i % closedItems.Length] ? Access.Closed : Access.Open, PlannedDuration = Duration.FromMinutes(10 + i) })),
        TimePlan = meeting.TimePlan! with { Slots = ValueList.From(meeting.TimePlan.Slots.Select((slot, i) => slot with { Access = closedSlots[i] ? Access.Closed : Access.Open, Notes = ["Note"] })) },
    };

    private static Gen<TimeSlot> SlotGen =>
        from kind in Gen.OneOf(TimeSlotKind.Item, TimeSlotKind.Item, TimeSlotKind.Break, TimeSlotKind.Other)
        from item in Gen.Int[1, 4]
        from fixedStart in Gen.OneOf<LocalTime?>(null, null, null, new LocalTime(2, 15), new LocalTime(3, 0), new LocalTime(10, 0), new LocalTime(10, 30))
        from seconds in Gen.OneOf<int?>(null, 15 * 60, 45 * 60 + 30, 30 * 60, 90 * 60, 61)
        select new TimeSlot
        {
            Kind = kind,
            Item = kind == TimeSlotKind.Item ? ItemNumber.Parse(item.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
            Label = kind == TimeSlotKind.Item ? null : "Pause",
            Start = fixedStart,
            Duration = seconds is { } s ? Duration.FromSeconds(s) : null,
        };

    private static string DanishText(LocalTime time) => Kommune.Protocols.Formatting.DanishFormat.Time(time);

    /// <summary>The first column of the DOCX time-plan table, header row left out.</summary>
    private static List<string> TableTimes(Meeting meeting, MeetingEdition edition = MeetingEdition.Internal)
    {
        var projection = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting, new DocxOptions { Paper = PaperKind.Protocol, Edition = edition }));
        var lines = projection.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("|= Tid | Punkt |", StringComparison.Ordinal));
        Assert.True(header >= 0, projection);
        return lines.Skip(header + 1).TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split(" | ")[0][2..].Trim()).ToList();
    }

    private static TimeSlot Slot(string item, int? minutes, LocalTime? start = null) =>
        new() { Item = ItemNumber.Parse(item), Duration = minutes is { } m ? Duration.FromMinutes(m) : null, Start = start };

    private static Meeting Meeting(LocalDate date, LocalTime? start, LocalTime? end, params TimeSlot[] slots) => new()
    {
        Municipality = "M",
        Body = new Body { Name = "B" },
        Date = date,
        Start = start,
        End = end,
        Stage = DocumentStage.Signed,
        Items = [Item("1"), Item("2"), Item("3"), Item("4")],
        TimePlan = new TimePlan { Slots = ValueList.From(slots) },
    };

    private static AgendaItem Item(string number) => new() { Number = ItemNumber.Parse(number), Title = $"Punkt {number}" };
}
