using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// The time plan as a <i>Tid | Punkt</i> table: each slot's start, label, notes and guests, and
/// the end row. Every time comes from the scheduler (<see cref="ComposeContext.Schedule"/>), so
/// the paper, the <c>schedule</c> command and validation never disagree.
/// </summary>
internal static class TimePlanComposer
{
    public static PaperTable Table(ComposeContext context, string? caption)
    {
        var words = context.Words;
        var schedule = context.Schedule;
        var rows = new List<PaperRow>(schedule.Slots.Count + 2)
        {
            new([PaperCell.Text(words[WordKeys.TimeColumn]), PaperCell.Text(words[WordKeys.SlotColumn])]),
        };

        foreach (var slot in schedule.Slots)
        {
            var label = SlotText.Label(slot, words);
            if (context.Style.TimePlanItemNumbers && slot.Slot.Kind == Model.TimeSlotKind.Item && slot.Slot.Item is { } number)
            {
                label = $"{number}. {label}";
            }

            var content = new List<PaperBlock> { ComposeContext.Text(label) };
            foreach (var note in slot.Slot.Notes)
            {
                content.Add(ComposeContext.Text(note));
            }

            if (!slot.Slot.Guests.IsEmpty)
            {
                var names = words.Names(slot.Slot.Guests.Select(g => g.ToString()).ToList());
                content.Add(ComposeContext.Text(Words.Capitalize(words.Format(WordKeys.SlotGuests, ("names", names)))));
            }

            rows.Add(new([PaperCell.Text(slot.Start is { } start ? words.Time(start) : string.Empty), new PaperCell(content)]));
        }

        if (schedule.HasEndRow)
        {
            rows.Add(new([PaperCell.Text(schedule.EndsAt is { } end ? words.Time(end.TimeOfDay) : string.Empty), PaperCell.Text(SlotText.EndLabel(schedule, words))]));
        }

        return new PaperTable(TableRole.TimePlan, [1134, 9638 - 1134], hasHeaderRow: true, rows, caption);
    }
}
