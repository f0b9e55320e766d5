using Kommune.Protocols.Model;
using Kommune.Protocols.Scheduling;

namespace Kommune.Protocols.Paper;

/// <summary>What a time-plan slot and the plan's end row say, the same in the table and in <see cref="ScheduleFormatter"/>.</summary>
internal static class SlotText
{
    public static string Label(ScheduledSlot slot, Words words)
    {
        if (slot.Slot.Label is { } label)
        {
            return label;
        }

        if (slot.Slot.Kind == TimeSlotKind.Item && slot.Item is { } item)
        {
            return item.Title;
        }

        if (slot.Slot.Kind == TimeSlotKind.Break)
        {
            return words[WordKeys.Break];
        }

        return slot.Slot.Access == Access.Open ? words[WordKeys.UntitledSlot] : words[WordKeys.ClosedSlot];
    }

    public static string EndLabel(Schedule schedule, Words words) => schedule.EndLabel ?? words[WordKeys.MeetingEnds];
}
