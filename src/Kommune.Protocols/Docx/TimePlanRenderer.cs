using DocumentFormat.OpenXml;
using Kommune.Protocols.Formatting;
using Kommune.Protocols.Model;
using NodaTime;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Docx;

/// <summary>The time plan as a <i>Tid | Punkt</i> table: slot start, label, notes and guests, and the end row.</summary>
internal static class TimePlanRenderer
{
    private static readonly int[] Widths = [1134, StyleIds.TextWidth - 1134];

    public static W.Table Render(RenderContext context, TimePlan plan)
    {
        var labels = context.Labels;
        var rows = new List<IReadOnlyList<IEnumerable<OpenXmlElement>>>
        {
            new[] { Cell(labels.TimeColumn), Cell(labels.SlotColumn) },
        };

        LocalTime? next = context.Meeting.Start;
        foreach (var slot in plan.Slots)
        {
            var item = slot.Kind == TimeSlotKind.Item && slot.Item is not null ? context.FindItem(slot.Item) : null;
            var start = slot.Start ?? next;
            var duration = slot.Duration ?? item?.PlannedDuration;
            next = start is { } s && duration is { } d ? s.PlusMinutes((long)d.TotalMinutes) : null;

            var content = new List<OpenXmlElement> { Ooxml.Text(StyleIds.TableText, Label(context, slot, item)) };
            foreach (var note in slot.Notes)
            {
                content.Add(Ooxml.Text(StyleIds.TableText, note));
            }

            if (!slot.Guests.IsEmpty)
            {
                var names = context.Names(slot.Guests.AsSpan().ToArray().Select(g => g.ToString()));
                content.Add(Ooxml.Text(StyleIds.TableText, Ooxml.Capitalize(Ooxml.Fill(labels.SlotGuests, "names", names))));
            }

            rows.Add([Cell(start is { } t ? DanishFormat.Time(t) : string.Empty), content]);
        }

        var end = plan.End ?? next;
        if (end is not null || plan.EndLabel is not null)
        {
            rows.Add([Cell(end is { } e ? DanishFormat.Time(e) : string.Empty), Cell(plan.EndLabel ?? labels.MeetingEnds)]);
        }

        return Ooxml.Table(Widths, hasHeaderRow: true, rows);
    }

    private static string Label(RenderContext context, TimeSlot slot, AgendaItem? item) => slot.Label ?? slot.Kind switch
    {
        TimeSlotKind.Item => item?.Title ?? slot.Item?.ToString() ?? string.Empty,
        TimeSlotKind.Break => context.Labels.Break,
        _ => slot.Access == Access.Closed ? context.Labels.ClosedSlot : string.Empty,
    };

    private static OpenXmlElement[] Cell(string text) => [Ooxml.Text(StyleIds.TableText, text)];
}
