using Kommune.Protocols.Model;
using Kommune.Protocols.Validation;
using NodaTime;

namespace Kommune.Protocols.Scheduling;

/// <summary>
/// Computes the time plan the way a secretary does: each slot starts at its fixed time or when
/// the previous one ends, and lasts its own duration, its item's planned duration, or until the
/// next fixed time. A plan of fixed times (as in the seed) is checked, not moved. Times are added
/// on the instant time line in Europe/Copenhagen, so plans across the summer-time change are right.
/// </summary>
public static class MeetingScheduler
{
    /// <summary>The zone of Danish meetings.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Copenhagen"];

    /// <summary>Schedules a meeting's time plan.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The schedule (empty when the meeting has no plan).</returns>
    public static Schedule Schedule(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.TimePlan is not { } plan)
        {
            return new Schedule();
        }

        var problems = new List<ScheduleProblem>();
        var items = ItemsByNumber(meeting.Items);
        var startTime = plan.Slots.Count > 0 && plan.Slots[0].Start is { } first ? first : meeting.Start;
        if (startTime is null)
        {
            problems.Add(new("KP507", Severity.Error, "timePlan", "Tidsplanen kan ikke beregnes: hverken mødet eller første punkt har et starttidspunkt.", "The time plan cannot be computed: neither the meeting nor the first slot has a start time."));
            return new Schedule { Problems = ValueList.From(problems), EndLabel = plan.EndLabel };
        }

        var meetingStart = meeting.Start is { } ms ? At(meeting.Date, ms) : (Instant?)null;
        var planEnd = (plan.End ?? meeting.End) is { } pe ? At(meeting.Date, pe) : (Instant?)null;
        var current = At(meeting.Date, startTime.Value);
        var slots = new ScheduledSlot[plan.Slots.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = plan.Slots[i];
            var path = $"timePlan.slots[{i}]";
            AgendaItem? item = null;
            if (slot.Kind == TimeSlotKind.Item && (slot.Item is null || !items.TryGetValue(slot.Item, out item)))
            {
                problems.Add(new("KP504", Severity.Error, $"{path}.item", $"Punktet i tidsplanen findes ikke på dagsordenen ({slot.Item?.ToString() ?? "intet nummer"}).", $"The time plan's item is not on the agenda ({slot.Item?.ToString() ?? "no number"})."));
            }

            var start = current;
            if (slot.Start is { } fixedStart)
            {
                start = At(meeting.Date, fixedStart);
                if (i > 0 && start < current)
                {
                    problems.Add(new("KP502", Severity.Error, $"{path}.start", $"Punktet starter kl. {Formatting.DanishFormat.Time(fixedStart)}, før det forrige slutter kl. {Formatting.DanishFormat.Time(Local(current))}.", $"The slot starts at {Formatting.DanishFormat.IsoTime(fixedStart)}, before the previous one ends at {Formatting.DanishFormat.IsoTime(Local(current))}."));
                }
            }

            if (meetingStart is { } m && start < m)
            {
                problems.Add(new("KP503", Severity.Error, path, "Punktet starter før mødet.", "The slot starts before the meeting."));
            }

            var duration = slot.Duration ?? item?.PlannedDuration ?? UntilNext(plan, i, meeting.Date, planEnd, start);
            if (duration is null)
            {
                problems.Add(new("KP506", Severity.Warning, path, "Punktet har ingen varighed, og intet fast tidspunkt følger efter det.", "The slot has no duration and no fixed time follows it."));
            }
            else if (duration < Duration.Zero)
            {
                problems.Add(new("KP506", Severity.Warning, path, "Punktet har en negativ varighed.", "The slot has a negative duration."));
            }

            var end = start + (duration is { } d && d > Duration.Zero ? d : Duration.Zero);
            slots[i] = new ScheduledSlot
            {
                Index = i,
                Slot = slot,
                Item = item,
                Label = slot.Label ?? item?.Title,
                StartsAt = start.InZone(Zone),
                EndsAt = end.InZone(Zone),
            };
            current = end;
        }

        if (planEnd is { } endAt && current > endAt)
        {
            problems.Add(new("KP501", Severity.Error, "timePlan", $"Tidsplanen slutter kl. {Formatting.DanishFormat.Time(Local(current))}, efter mødets slutning kl. {Formatting.DanishFormat.Time(Local(endAt))}.", $"The time plan ends at {Formatting.DanishFormat.IsoTime(Local(current))}, after the meeting's end at {Formatting.DanishFormat.IsoTime(Local(endAt))}."));
        }

        MissingSlots(meeting, plan, problems);
        return new Schedule
        {
            Slots = ValueList.From(slots),
            EndsAt = (planEnd ?? current).InZone(Zone),
            EndLabel = plan.EndLabel,
            Problems = ValueList.From(problems),
        };
    }

    private static Instant At(LocalDate date, LocalTime time) => (date + time).InZoneLeniently(Zone).ToInstant();

    private static LocalTime Local(Instant instant) => instant.InZone(Zone).TimeOfDay;

    private static Duration? UntilNext(TimePlan plan, int index, LocalDate date, Instant? planEnd, Instant start)
    {
        if (index + 1 < plan.Slots.Count)
        {
            return plan.Slots[index + 1].Start is { } next ? At(date, next) - start : null;
        }

        return planEnd is { } end ? end - start : null;
    }

    private static void MissingSlots(Meeting meeting, TimePlan plan, List<ScheduleProblem> problems)
    {
        var planned = new HashSet<ItemNumber>(plan.Slots.Where(s => s.Item is not null).Select(s => s.Item!));
        if (planned.Count == 0)
        {
            return;
        }

        for (var i = 0; i < meeting.Items.Count; i++)
        {
            var item = meeting.Items[i];

            // The item that prints the plan is the plan itself, not a point on it.
            var holdsPlan = item.Sections.Any(s => s.Content.Any(b => b is TimePlanBlock));
            if (!planned.Contains(item.Number) && !holdsPlan)
            {
                problems.Add(new("KP505", Severity.Warning, $"items[{i}]", $"Punkt {item.Number} har ingen plads i tidsplanen.", $"Item {item.Number} has no slot in the time plan."));
            }
        }
    }

    private static Dictionary<ItemNumber, AgendaItem> ItemsByNumber(ValueList<AgendaItem> items)
    {
        var byNumber = new Dictionary<ItemNumber, AgendaItem>();
        Add(items);
        return byNumber;

        void Add(ValueList<AgendaItem> list)
        {
            foreach (var item in list)
            {
                byNumber.TryAdd(item.Number, item);
                Add(item.SubItems);
            }
        }
    }
}
