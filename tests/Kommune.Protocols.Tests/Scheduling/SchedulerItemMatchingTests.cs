using Kommune.Protocols.Model;
using Kommune.Protocols.Scheduling;
using NodaTime;

namespace Kommune.Protocols.Tests.Scheduling;

/// <summary>
/// Which item a slot names, and which items the plan leaves out, on random meetings with
/// duplicate numbers, sub-items, unnumbered items and slots of every kind, against the rule
/// written out plainly: a slot's number names the first item in reading order (sub-items
/// included) that carries it; a top-level item lacks a slot when the plan names some number but
/// not its own.
/// </summary>
public class SchedulerItemMatchingTests
{
    private static readonly string?[] Numbers = ["1", "2", "3", "1.a", "2.b", null];

    [Fact]
    public void Slots_name_the_first_item_with_their_number_and_the_left_out_items_are_reported()
    {
        var random = new Random(20261127);
        for (var run = 0; run < 2_000; run++)
        {
            var meeting = RandomMeeting(random);
            var schedule = MeetingScheduler.Schedule(meeting);

            var reading = ReadingOrder(meeting.Items).ToList();
            for (var i = 0; i < schedule.Slots.Count; i++)
            {
                var slot = meeting.TimePlan!.Slots[i];
                var expected = slot.Kind == TimeSlotKind.Item && slot.Item is { } number ? reading.FirstOrDefault(item => number.Equals(item.Number)) : null;
                Assert.Same(expected, schedule.Slots[i].Item);
            }

            var named = meeting.TimePlan!.Slots.Where(s => s.Item is not null).Select(s => s.Item!).ToList();
            var expectedMissing = named.Count == 0
                ? []
                : meeting.Items.Select((item, i) => (item, i)).Where(x => x.item.Number is { } n && !named.Contains(n)).Select(x => $"items[{x.i}]").ToList();
            var expectedUnknown = meeting.TimePlan.Slots.Select((slot, i) => (slot, i))
                .Where(x => x.slot.Kind == TimeSlotKind.Item && (x.slot.Item is null || !reading.Any(item => x.slot.Item.Equals(item.Number))))
                .Select(x => $"timePlan.slots[{x.i}].item").ToList();

            Assert.Equal(expectedMissing, schedule.Problems.Where(p => p.Kind == ScheduleProblemKind.MissingSlot).Select(p => p.Path));
            Assert.Equal(expectedUnknown, schedule.Problems.Where(p => p.Kind == ScheduleProblemKind.UnknownItem).Select(p => p.Path));
        }
    }

    private static IEnumerable<AgendaItem> ReadingOrder(ValueList<AgendaItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            yield return item;
            foreach (var sub in ReadingOrder(item.SubItems))
            {
                yield return sub;
            }
        }
    }

    private static Meeting RandomMeeting(Random random)
    {
        var items = Enumerable.Range(0, random.Next(0, 6)).Select(_ => RandomItem(random, depth: 0)).ToArray();
        var slots = Enumerable.Range(0, random.Next(0, 7)).Select(_ => new TimeSlot
        {
            Kind = (TimeSlotKind)random.Next(0, 3),
            Item = Number(random),
            Duration = Duration.FromMinutes(10),
        }).ToArray();
        return new Meeting
        {
            Municipality = "Norddjurs Kommune",
            Body = new Body { Name = "Økonomiudvalget" },
            Date = new LocalDate(2025, 5, 14),
            Start = new LocalTime(9, 0),
            Items = ValueList.From(items),
            TimePlan = new TimePlan { Slots = ValueList.From(slots) },
        };
    }

    private static AgendaItem RandomItem(Random random, int depth) => new()
    {
        Number = Number(random),
        Title = "Punkt",
        SubItems = depth == 0 && random.Next(3) == 0 ? ValueList.From(Enumerable.Range(0, random.Next(1, 3)).Select(_ => RandomItem(random, 1))) : ValueList<AgendaItem>.Empty,
    };

    // Parsed each time: slots and items hold equal numbers, not the same objects, as a meeting read from JSON does.
    private static ItemNumber? Number(Random random) => Numbers[random.Next(Numbers.Length)] is { } text ? ItemNumber.Parse(text) : null;
}
