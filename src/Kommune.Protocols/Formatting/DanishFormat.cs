using NodaTime;

namespace Kommune.Protocols.Formatting;

/// <summary>
/// Dates and times written the way Danish municipal papers write them, independent of the
/// current culture and of ICU (month names come from the <see cref="Language"/>, not from
/// <c>CultureInfo</c>), so output is the same under <c>InvariantGlobalization</c>.
/// </summary>
public static class DanishFormat
{
    /// <summary><c>9.00</c>, <c>11.45</c>: hours without a leading zero, a dot, two-digit minutes.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static string Time(LocalTime time) => TimeText.Format(time, '.', leadingZero: false);

    /// <summary><c>kl. 8.00-16.00</c>.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static string TimeRange(LocalTime start, LocalTime end) => $"kl. {Time(start)}-{Time(end)}";

    /// <summary><c>09:00</c>: ISO 8601 local time to the minute.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static string IsoTime(LocalTime time) => TimeText.Format(time, ':', leadingZero: true);

    /// <summary><c>05-03-2025</c>, as in <i>Beslutning i Direktionen den 05-03-2025</i>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static string NumericDate(LocalDate date) => DateText.Format(Language.Danish, WordKeys.DateNumeric, date);

    /// <summary><c>5. marts 2025</c> (Danish) or <c>5 March 2025</c> (English), or as another language writes it.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language; Danish when null.</param>
    /// <returns>The text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static string LongDate(LocalDate date, Language? language = null) => DateText.Format(language ?? Language.Danish, WordKeys.DateLong, date);

    /// <summary><c>12. marts</c> (Danish) or <c>12 March</c> (English), as in the coming-meetings table.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language; Danish when null.</param>
    /// <returns>The text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static string DayMonth(LocalDate date, Language? language = null) => DateText.Format(language ?? Language.Danish, WordKeys.DateDayMonth, date);

    /// <summary>The name of a month, 1-12, in a language (Danish when null).</summary>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="language">The language; Danish when null.</param>
    /// <returns>The name.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static string MonthName(int month, Language? language = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return (language ?? Language.Danish).Format("month" + month.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
