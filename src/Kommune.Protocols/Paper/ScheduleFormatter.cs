using System.Text;
using Kommune.Protocols.Model;
using Kommune.Protocols.Scheduling;

namespace Kommune.Protocols.Paper;

/// <summary>
/// Prints a schedule one slot per line: <c>9.00-9.15  1. Beslutningsprotokoller og dagsordener</c>,
/// with the same times and labels as the time-plan table on the paper. A time the plan does not
/// determine prints as <c>?</c>.
/// </summary>
public static class ScheduleFormatter
{
    /// <summary>The lines of the plan, ending with the meeting's end (<c>11.45  Mødet afsluttes</c>).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="language">The language of default labels; Danish when null.</param>
    /// <param name="iso">ISO times (<c>09:00-09:15</c>) instead of Danish ones (<c>9.00-9.15</c>).</param>
    /// <returns>The lines.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static IReadOnlyList<string> Lines(Schedule schedule, Language? language = null, bool iso = false)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var words = new Words(language ?? Language.Danish, iso ? IsoStyle : HouseStyle.Default);
        var lines = new List<string>(schedule.Slots.Count + 1);
        foreach (var slot in schedule.Slots)
        {
            var text = new StringBuilder();
            text.Append(Time(words, slot.Start)).Append('-').Append(Time(words, slot.End)).Append("  ");
            if (slot.Slot.Kind == TimeSlotKind.Item && slot.Slot.Item is { } number)
            {
                text.Append(number).Append(". ");
            }

            text.Append(SlotText.Label(slot, words));
            lines.Add(text.ToString());
        }

        if (schedule.HasEndRow)
        {
            lines.Add($"{Time(words, schedule.EndsAt?.TimeOfDay)}  {SlotText.EndLabel(schedule, words)}");
        }

        return lines;
    }

    /// <summary>The lines joined with <c>\n</c>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="language">The language of default labels; Danish when null.</param>
    /// <param name="iso">ISO times instead of Danish ones.</param>
    /// <returns>The text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static string Format(Schedule schedule, Language? language = null, bool iso = false) =>
        string.Join("\n", Lines(schedule, language, iso));

    private static HouseStyle IsoStyle { get; } = new() { TimeStyle = TimeStyle.Iso };

    private static string Time(Words words, NodaTime.LocalTime? time) => time is { } t ? words.Time(t) : "?";
}
