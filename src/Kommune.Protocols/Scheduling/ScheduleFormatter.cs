using System.Text;
using Kommune.Protocols.Formatting;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Scheduling;

/// <summary>Prints a schedule one slot per line: <c>9.00-9.15  1. Beslutningsprotokoller og dagsordener</c>.</summary>
public static class ScheduleFormatter
{
    /// <summary>The lines of the plan, ending with the meeting's end (<c>11.45  Mødet afsluttes</c>).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="language">The language of default labels.</param>
    /// <param name="iso">ISO times (<c>09:00-09:15</c>) instead of Danish ones (<c>9.00-9.15</c>).</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<string> Lines(Schedule schedule, Language language = Language.Danish, bool iso = false)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        Func<LocalTime, string> time = iso ? DanishFormat.IsoTime : DanishFormat.Time;
        var lines = new List<string>(schedule.Slots.Count + 1);
        foreach (var slot in schedule.Slots)
        {
            var text = new StringBuilder();
            text.Append(time(slot.Start)).Append('-').Append(time(slot.End)).Append("  ");
            if (slot.Slot.Kind == TimeSlotKind.Item && slot.Slot.Item is { } number)
            {
                text.Append(number).Append(". ");
            }

            text.Append(slot.Label ?? DefaultLabel(slot.Slot, language));
            lines.Add(text.ToString());
        }

        if (schedule.EndsAt is { } end)
        {
            lines.Add($"{time(end.TimeOfDay)}  {schedule.EndLabel ?? (language == Language.English ? "Meeting ends" : "Mødet afsluttes")}");
        }

        return lines;
    }

    /// <summary>The lines joined with <c>\n</c>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="language">The language of default labels.</param>
    /// <param name="iso">ISO times instead of Danish ones.</param>
    /// <returns>The text.</returns>
    public static string Format(Schedule schedule, Language language = Language.Danish, bool iso = false) =>
        string.Join("\n", Lines(schedule, language, iso));

    private static string DefaultLabel(TimeSlot slot, Language language) => (slot.Kind, slot.Access, language) switch
    {
        (TimeSlotKind.Break, _, Language.English) => "Break",
        (TimeSlotKind.Break, _, _) => "Pause",
        (_, Access.Closed, Language.English) => "Closed item",
        (_, Access.Closed, _) => "Lukket punkt",
        (_, _, Language.English) => "(untitled)",
        _ => "(uden titel)",
    };
}
