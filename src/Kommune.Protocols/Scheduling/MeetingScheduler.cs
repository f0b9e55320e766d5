using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Scheduling;

/// <summary>
/// Computes the time plan the way a secretary does: each slot starts at its fixed time or when
/// the previous one ends, and lasts its own duration, its item's planned duration, or until the
/// next fixed time (or the plan's end). A plan of fixed times (as in the seed) is checked, not
/// moved. Times are added on the instant time line in Europe/Copenhagen, so plans across the
/// summer-time change are right; a time the plan does not determine stays unknown rather than
/// guessed. Depends on the model only. Thread-safe.
/// </summary>
public static class MeetingScheduler
{
    /// <summary>The zone of Danish meetings.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Copenhagen"];

    /// <summary>Schedules a meeting's time plan.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The schedule (<see cref="Schedule.None"/> when the meeting has no plan).</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static Schedule Schedule(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.TimePlan is { } plan ? new PlanRun(meeting, plan).Run() : Scheduling.Schedule.None;
    }

    /// <summary>One scheduling of one plan: the running clock and the problems found.</summary>
    private sealed class PlanRun(Meeting meeting, TimePlan plan)
    {
        private readonly List<ScheduleProblem> problems = [];
        private bool outOfRange;

        public Schedule Run()
        {
            var items = new PlanItems(meeting.Items);
            var meetingStart = At(meeting.Start);
            var planEnd = At(plan.End ?? meeting.End);
            Instant? current = At(plan.Slots.Count > 0 && plan.Slots[0].Start is { } first ? first : meeting.Start);
            if (current is null && !outOfRange)
            {
                problems.Add(new(ScheduleProblemKind.NoStart, "timePlan"));
            }

            var slots = new ScheduledSlot[plan.Slots.Count];
            for (var i = 0; i < slots.Length; i++)
            {
                var slot = plan.Slots[i];
                var named = slot.Item is { } number ? items.Name(number) : null;
                var item = slot.Kind == TimeSlotKind.Item ? named : null;
                if (slot.Kind == TimeSlotKind.Item && item is null)
                {
                    problems.Add(new(ScheduleProblemKind.UnknownItem, $"{SlotPath(i)}.item", i, slot.Item));
                }

                var start = current;
                if (slot.Start is { } fixedStart)
                {
                    start = At(fixedStart);
                    if (i > 0 && current is { } previousEnd && start < previousEnd)
                    {
                        problems.Add(new(ScheduleProblemKind.Overlap, $"{SlotPath(i)}.start", i, time: fixedStart, limit: Local(previousEnd)));
                    }
                }

                if (meetingStart is { } m && start < m)
                {
                    problems.Add(new(ScheduleProblemKind.BeforeMeeting, SlotPath(i), i));
                }

                var duration = slot.Duration ?? item?.PlannedDuration ?? UntilNext(i, planEnd, start);
                if (duration is null)
                {
                    problems.Add(new(ScheduleProblemKind.UnknownLength, SlotPath(i), i));
                }
                else if (duration < Duration.Zero)
                {
                    problems.Add(new(ScheduleProblemKind.NegativeLength, SlotPath(i), i));
                }

                var end = start is { } s && duration is { } d ? Add(s, d > Duration.Zero ? d : Duration.Zero) : null;
                slots[i] = new ScheduledSlot(i, slot, item, start?.InZone(Zone), end?.InZone(Zone));
                current = end;
            }

            if (planEnd is { } endAt && current is { } last && last > endAt)
            {
                problems.Add(new(ScheduleProblemKind.PastEnd, "timePlan", time: Local(last), limit: Local(endAt)));
            }

            if (outOfRange)
            {
                problems.Add(new(ScheduleProblemKind.OutOfRange, "timePlan"));
            }

            MissingSlots(items);
            return new Schedule(ValueList.Wrap(slots), (planEnd ?? current)?.InZone(Zone), plan.EndLabel, ValueList.From(problems));
        }

        // Made only for a problem: most slots have none.
        private static string SlotPath(int index) => $"timePlan.slots[{index}]";

        private Instant? At(LocalTime? time)
        {
            if (time is not { } t)
            {
                return null;
            }

            try
            {
                return (meeting.Date + t).InZoneLeniently(Zone).ToInstant();
            }
            catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
            {
                // Only at the very ends of the calendar (years -9998 and 9999); the times stay unknown.
                outOfRange = true;
                return null;
            }
        }

        private Instant? Add(Instant instant, Duration duration)
        {
            if (Instant.MaxValue - instant < duration)
            {
                outOfRange = true;
                return null;
            }

            return instant + duration;
        }

        private Duration? UntilNext(int index, Instant? planEnd, Instant? start)
        {
            if (start is not { } s)
            {
                // Whether the length is knowable does not depend on the start: a fixed time after it still bounds it.
                var bounded = index + 1 < plan.Slots.Count ? plan.Slots[index + 1].Start is not null : planEnd is not null;
                return bounded ? Duration.Zero : null;
            }

            if (index + 1 < plan.Slots.Count)
            {
                return plan.Slots[index + 1].Start is { } next && At(next) is { } n ? n - s : null;
            }

            return planEnd is { } end ? end - s : null;
        }

        private void MissingSlots(PlanItems items)
        {
            if (!items.AnyNamed)
            {
                return;
            }

            for (var i = 0; i < meeting.Items.Count; i++)
            {
                // The item that prints the plan is the plan itself, not a point on it.
                if (items.IsUnnamed(i) && !HoldsPlan(meeting.Items[i]))
                {
                    problems.Add(new(ScheduleProblemKind.MissingSlot, $"items[{i}]", item: meeting.Items[i].Number));
                }
            }
        }

        private static bool HoldsPlan(AgendaItem item)
        {
            foreach (var section in item.Sections)
            {
                foreach (var block in section.Content)
                {
                    if (block is TimePlanBlock)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static LocalTime Local(Instant instant) => instant.InZone(Zone).TimeOfDay;
    }
}
