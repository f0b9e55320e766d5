using System.Globalization;
using System.Text.RegularExpressions;
using Kommune.Protocols.Formatting;
using NodaTime;

namespace Kommune.Protocols.Import;

/// <summary>
/// Reads the dates and times the exports write, culture-free: <c>25-09-2012 15:30:00</c>,
/// <c>02-05-2017 10:00</c>, <c>2013-06-20 10:30</c>, ISO <c>2013-06-20T10:30:00</c>, Danish
/// <c>27. august 2018</c> (with a weekday, <c>den</c> or <c>kl. 16.00</c> around it), times
/// <c>16:00</c> / <c>16.00</c> / <c>kl. 9.00</c>, and UTC or offset instants
/// (<c>2018-08-27T14:00:00Z</c>), which are converted to Danish local time (Europe/Copenhagen).
/// </summary>
internal static partial class DateTimeText
{
    private static readonly DateTimeZone Copenhagen = DateTimeZoneProviders.Tzdb["Europe/Copenhagen"];

    private static readonly string[] MonthAbbreviations = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    /// <summary>Reads a date with an optional time.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The date and time, when readable.</param>
    /// <returns>Whether the text was a date.</returns>
    public static bool TryParse(string? text, out DateTimeValue value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = WhiteSpace().Replace(text.Trim(), " ");
        Match m;
        if ((m = Iso().Match(t)).Success)
        {
            return Build(Int(m, 1), Int(m, 2), Int(m, 3), m.Groups[4], m.Groups[5], m.Groups[6], m.Groups[7].Value, out value);
        }

        if ((m = DayMonthYear().Match(t)).Success)
        {
            return Build(Int(m, 3), Int(m, 2), Int(m, 1), m.Groups[4], m.Groups[5], m.Groups[6], string.Empty, out value);
        }

        if ((m = Written().Match(t)).Success && Month(m.Groups[2].Value) is { } month)
        {
            return Build(Int(m, 3), month, Int(m, 1), m.Groups[4], m.Groups[5], m.Groups[6], string.Empty, out value);
        }

        return false;
    }

    /// <summary>Reads a time of day alone (<c>16:00</c>, <c>16.00</c>, <c>kl. 9.00</c>, <c>16:00:00</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="time">The time, when readable.</param>
    /// <returns>Whether the text was a time.</returns>
    public static bool TryParseTime(string? text, out LocalTime time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = TimeOnly().Match(text.Trim());
        return m.Success && TryTime(m.Groups[1], m.Groups[2], m.Groups[3], out time);
    }

    private static bool Build(int year, int month, int day, Group hour, Group minute, Group second, string offset, out DateTimeValue value)
    {
        value = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        var date = new LocalDate(year, month, day);
        if (!hour.Success)
        {
            value = new DateTimeValue(date, null, false);
            return offset.Length == 0;
        }

        if (!TryTime(hour, minute, second, out var time))
        {
            return false;
        }

        if (offset.Length == 0)
        {
            value = new DateTimeValue(date, time, false);
            return true;
        }

        var minutes = offset is "Z" or "z" ? 0 : OffsetMinutes(offset);
        if (minutes is null)
        {
            return false;
        }

        try
        {
            var local = (date + time).WithOffset(Offset.FromSeconds(minutes.Value * 60)).ToInstant().InZone(Copenhagen).LocalDateTime;
            value = new DateTimeValue(local.Date, local.TimeOfDay, true);
            return true;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // An instant at the very edge of the calendar.
            return false;
        }
    }

    private static bool TryTime(Group hour, Group minute, Group second, out LocalTime time)
    {
        time = default;
        var h = int.Parse(hour.Value, CultureInfo.InvariantCulture);
        var m = int.Parse(minute.Value, CultureInfo.InvariantCulture);
        var s = second.Success ? int.Parse(second.Value, CultureInfo.InvariantCulture) : 0;
        if (h > 23 || m > 59 || s > 59)
        {
            return false;
        }

        time = new LocalTime(h, m, s);
        return true;
    }

    private static int? OffsetMinutes(string offset)
    {
        var digits = offset[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 4)
        {
            return null;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
        return hours > 18 || minutes > 59 ? null : (offset[0] == '-' ? -1 : 1) * ((hours * 60) + minutes);
    }

    private static int? Month(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        for (var month = 1; month <= 12; month++)
        {
            if (lower == DanishFormat.MonthName(month) || lower == MonthAbbreviations[month - 1] || (month == 9 && lower == "sept"))
            {
                return month;
            }
        }

        return null;
    }

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ]([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2})(?:[.,][0-9]{1,9})?)?)? ?(Z|z|[+-][0-9]{2}:?[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^([0-9]{1,2})[-./]([0-9]{1,2})[-./]([0-9]{4})(?:,? (?:kl\.? ?)?([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2}))?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),? )?(?:den )?([0-9]{1,2})\.? ([a-zæøå]+\.?) ([0-9]{4})(?:,? (?:kl\.? ?)?([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2}))?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Written();

    [GeneratedRegex(@"^(?:kl\.? ?)?([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeOnly();
}
