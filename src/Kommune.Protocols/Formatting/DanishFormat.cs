using NodaTime;

namespace Kommune.Protocols.Formatting;

/// <summary>
/// Dates and times written the way Danish municipal papers write them, independent of the
/// current culture and of ICU (month names live here, not in <c>CultureInfo</c>), so output
/// is the same under <c>InvariantGlobalization</c>.
/// </summary>
public static class DanishFormat
{
    private static readonly string[] DanishMonths =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary><c>9.00</c>, <c>11.45</c>: hours without a leading zero, a dot, two-digit minutes.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The text.</returns>
    public static string Time(LocalTime time) => string.Create(null, stackalloc char[8], $"{time.Hour}.{time.Minute:00}");

    /// <summary><c>kl. 8.00-16.00</c>.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The text.</returns>
    public static string TimeRange(LocalTime start, LocalTime end) => $"kl. {Time(start)}-{Time(end)}";

    /// <summary><c>09:00</c>: ISO 8601 local time to the minute.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The text.</returns>
    public static string IsoTime(LocalTime time) => string.Create(null, stackalloc char[8], $"{time.Hour:00}:{time.Minute:00}");

    /// <summary><c>05-03-2025</c>, as in <i>Beslutning i Direktionen den 05-03-2025</i>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string NumericDate(LocalDate date) => string.Create(null, stackalloc char[16], $"{date.Day:00}-{date.Month:00}-{date.Year:0000}");

    /// <summary><c>5. marts 2025</c> (Danish) or <c>5 March 2025</c> (English).</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string LongDate(LocalDate date, Language language = Language.Danish) =>
        $"{DayMonth(date, language)} {date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary><c>12. marts</c> (Danish) or <c>12 March</c> (English), as in the coming-meetings table.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string DayMonth(LocalDate date, Language language = Language.Danish)
    {
        var day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return language == Language.English
            ? $"{day} {EnglishMonths[date.Month - 1]}"
            : $"{day}. {DanishMonths[date.Month - 1]}";
    }

    /// <summary>The Danish (or English) name of a month, 1-12.</summary>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string MonthName(int month, Language language = Language.Danish)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return language == Language.English ? EnglishMonths[month - 1] : DanishMonths[month - 1];
    }
}
