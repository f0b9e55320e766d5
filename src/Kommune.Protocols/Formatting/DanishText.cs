using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Kommune.Protocols.Formatting;

/// <summary>
/// Reads dates and times the way people type them and Danish ESDH systems export them, the
/// reverse of <see cref="DanishFormat"/>. Culture-free: month and weekday names come from a
/// fixed table (Danish and English), never from <c>CultureInfo</c>, so the results are the same
/// under any current culture and under <c>InvariantGlobalization</c>.
/// </summary>
/// <remarks>
/// <para>Every reader ignores case and white space around the text (no-break spaces included).</para>
/// <para>
/// Times: <c>17.00</c>, <c>9.15</c>, <c>09.15</c>, <c>17:00</c>, <c>15:30:00</c> (seconds only
/// with colons), <c>17</c> (a whole hour), each optionally after <c>kl.</c>, <c>kl</c> or
/// <c>klokken</c>. Minutes always have two digits: <c>9.5</c> is refused because it could mean
/// 9.05 or 9.30. Hours are 0-23 (<c>24.00</c> is refused). No AM/PM.
/// </para>
/// <para>
/// Dates, day before month as Danish writes them: <c>5. marts 2025</c>, <c>5 marts 2025</c>,
/// <c>5.marts 2025</c>, <c>30. aug 2022</c>, <c>30. aug. 2022</c>, <c>5 March 2025</c>,
/// <c>05-03-2025</c>, <c>5-3-2025</c>, <c>05.03.2025</c>, <c>5/3 2025</c>, <c>5/3-2025</c>,
/// <c>5/3/2025</c>, and ISO <c>2025-03-05</c>; optionally led by a weekday (which must match the
/// date), a comma, and <c>den</c> or <c>d.</c>: <c>onsdag den 5. marts 2025</c>,
/// <c>Torsdag d. 27 april 2023</c>. Month names: Danish or English, in full or abbreviated
/// (<c>jan feb mar apr maj jun jul aug sep sept okt nov dec</c>, English <c>may oct</c>), with or
/// without a full stop. Years have four digits: <c>05-03-25</c> is refused (which century?).
/// Month-first orders (<c>March 5, 2025</c>, <c>3/5/2025</c>) are not read.
/// </para>
/// </remarks>
public static class DanishText
{
    private const string TimeForms = "Expected a time such as '17.00', 'kl. 17.00', '9.15', '17:00', '15:30:00' or '17' (a whole hour).";

    private const string RangeForms = "Expected a time range such as 'kl. 8.00-16.00', '17:00 - 19:10', '8-16' or 'fra kl. 8 til kl. 16'.";

    private const string DateForms =
        "Expected a date such as '5. marts 2025', '5 marts 2025', '30. aug 2022', 'onsdag den 5. marts 2025', '05-03-2025', '5-3-2025', '05.03.2025', '5/3 2025' or '2025-03-05' (Danish or English month names, four-digit years).";

    private const string DateTimeForms =
        "Expected a date and a time such as 'onsdag den 5. marts 2025 kl. 19.00', '25-09-2012 15:30:00', '2013-06-20 10:30' or '2025-03-05T19:00'.";

    private delegate InputProblem Reader<T>(ref TextCursor cursor, out T value);

    /// <summary>Reads a time of day: <c>17.00</c>, <c>kl. 17.00</c>, <c>17:00</c>, <c>15:30:00</c>, <c>17</c> (see the remarks on <see cref="DanishText"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a time; the message shows it, says why and lists the forms.</exception>
    public static LocalTime ParseTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseTime(text.AsSpan());
    }

    /// <summary>Reads a time of day from a span of characters, as <see cref="ParseTime(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="FormatException">The text is not a time; the message shows it, says why and lists the forms.</exception>
    public static LocalTime ParseTime(ReadOnlySpan<char> text) => Parse<LocalTime>(text, TimeReader.Read, "a time", TimeForms);

    /// <summary>Tries to read a time of day (see <see cref="ParseTime(string)"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="time">The time, when the text is one; midnight otherwise.</param>
    /// <returns>Whether the text is a time.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static bool TryParseTime([NotNullWhen(true)] string? text, out LocalTime time) => TryParseTime(text.AsSpan(), out time) && text is not null;

    /// <summary>Tries to read a time of day from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="time">The time, when the text is one; midnight otherwise.</param>
    /// <returns>Whether the text is a time.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static bool TryParseTime(ReadOnlySpan<char> text, out LocalTime time) => Read<LocalTime>(text, TimeReader.Read, out time).IsNone;

    /// <summary>
    /// Reads a range of times: <c>kl. 8.00-16.00</c> (as <see cref="DanishFormat.TimeRange"/> writes
    /// it), <c>17:00 - 19:10</c>, <c>8-16</c>, <c>8.00–16.00</c> (en dash), <c>fra kl. 8 til kl. 16</c>.
    /// Each end is read as <see cref="ParseTime(string)"/> reads a time. The end may be earlier
    /// than the start (a meeting past midnight); that is for the caller to judge.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The start and the end.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a time range; the message shows it, says why and lists the forms.</exception>
    public static (LocalTime Start, LocalTime End) ParseTimeRange(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseTimeRange(text.AsSpan());
    }

    /// <summary>Reads a range of times from a span of characters, as <see cref="ParseTimeRange(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The start and the end.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="FormatException">The text is not a time range; the message shows it, says why and lists the forms.</exception>
    public static (LocalTime Start, LocalTime End) ParseTimeRange(ReadOnlySpan<char> text) => Parse<(LocalTime Start, LocalTime End)>(text, ReadRange, "a time range", RangeForms);

    /// <summary>Tries to read a range of times (see <see cref="ParseTimeRange(string)"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The start, when the text is a range; midnight otherwise.</param>
    /// <param name="end">The end, when the text is a range; midnight otherwise.</param>
    /// <returns>Whether the text is a time range.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static bool TryParseTimeRange([NotNullWhen(true)] string? text, out LocalTime start, out LocalTime end) =>
        TryParseTimeRange(text.AsSpan(), out start, out end) && text is not null;

    /// <summary>Tries to read a range of times from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The start, when the text is a range; midnight otherwise.</param>
    /// <param name="end">The end, when the text is a range; midnight otherwise.</param>
    /// <returns>Whether the text is a time range.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static bool TryParseTimeRange(ReadOnlySpan<char> text, out LocalTime start, out LocalTime end)
    {
        var read = Read<(LocalTime Start, LocalTime End)>(text, ReadRange, out var range).IsNone;
        (start, end) = range;
        return read;
    }

    /// <summary>
    /// Reads a date: <c>5. marts 2025</c>, <c>5 marts 2025</c>, <c>30. aug 2022</c>,
    /// <c>onsdag den 5. marts 2025</c>, <c>05-03-2025</c>, <c>5-3-2025</c>, <c>05.03.2025</c>,
    /// <c>5/3 2025</c>, <c>2025-03-05</c>, <c>5 March 2025</c> (see the remarks on <see cref="DanishText"/>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The text is not a date, names a day the month does not have (<c>31. februar 2025</c>), or
    /// names a weekday the date does not fall on; the message shows the text, says why and lists the forms.
    /// </exception>
    public static LocalDate ParseDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseDate(text.AsSpan());
    }

    /// <summary>Reads a date from a span of characters, as <see cref="ParseDate(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="FormatException">The text is not a date; the message shows it, says why and lists the forms.</exception>
    public static LocalDate ParseDate(ReadOnlySpan<char> text) => Parse<LocalDate>(text, ReadDate, "a date", DateForms);

    /// <summary>Tries to read a date (see <see cref="ParseDate(string)"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is one; <c>default</c> otherwise.</param>
    /// <returns>Whether the text is a date.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static bool TryParseDate([NotNullWhen(true)] string? text, out LocalDate date) => TryParseDate(text.AsSpan(), out date) && text is not null;

    /// <summary>Tries to read a date from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is one; <c>default</c> otherwise.</param>
    /// <returns>Whether the text is a date.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date) => Read<LocalDate>(text, ReadDate, out date).IsNone;

    /// <summary>
    /// Reads a date and a time: a date as <see cref="ParseDate(string)"/> reads it, then white space
    /// or a comma (or <c>T</c> after an ISO date), then a time as <see cref="ParseTime(string)"/>
    /// reads it: <c>onsdag den 5. marts 2025 kl. 19.00</c>, <c>Torsdag d. 27 april 2023, kl. 18:00</c>,
    /// <c>25-09-2012 15:30:00</c> (SBSYS), <c>02-05-2017 10:00</c> (eDoc), <c>2013-06-20 10:30</c>
    /// (Acadre), <c>2025-03-05T19:00</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The local date and time.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a date and a time; the message shows it, says why and lists the forms.</exception>
    public static LocalDateTime ParseDateTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseDateTime(text.AsSpan());
    }

    /// <summary>Reads a date and a time from a span of characters, as <see cref="ParseDateTime(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The local date and time.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="FormatException">The text is not a date and a time; the message shows it, says why and lists the forms.</exception>
    public static LocalDateTime ParseDateTime(ReadOnlySpan<char> text) => Parse<LocalDateTime>(text, ReadDateTime, "a date and a time", DateTimeForms);

    /// <summary>Tries to read a date and a time (see <see cref="ParseDateTime(string)"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="dateTime">The date and time, when the text is one; <c>default</c> otherwise.</param>
    /// <returns>Whether the text is a date and a time.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static bool TryParseDateTime([NotNullWhen(true)] string? text, out LocalDateTime dateTime) =>
        TryParseDateTime(text.AsSpan(), out dateTime) && text is not null;

    /// <summary>Tries to read a date and a time from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="dateTime">The date and time, when the text is one; <c>default</c> otherwise.</param>
    /// <returns>Whether the text is a date and a time.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static bool TryParseDateTime(ReadOnlySpan<char> text, out LocalDateTime dateTime) => Read<LocalDateTime>(text, ReadDateTime, out dateTime).IsNone;

    private static InputProblem ReadRange(ref TextCursor cursor, out (LocalTime Start, LocalTime End) range)
    {
        var problem = TimeReader.ReadRange(ref cursor, out var start, out var end);
        range = (start, end);
        return problem;
    }

    private static InputProblem ReadDate(ref TextCursor cursor, out LocalDate date) => DateReader.Read(ref cursor, out date, out _);

    private static InputProblem ReadDateTime(ref TextCursor cursor, out LocalDateTime dateTime)
    {
        dateTime = default;
        // A value problem in the date (31. februar) is reported only if a time follows as it should.
        var problem = DateReader.Read(ref cursor, out var date, out var iso);
        if (!problem.IsNone && !problem.IsValueProblem)
        {
            return problem;
        }

        if (!(iso && cursor.Current == 'T' && cursor.IsDigitAt(1) && cursor.Skip('T')))
        {
            // The date's last digits and the time's first must be kept apart, or "2025 17" could be read as a year 202517.
            var comma = cursor.Skip(',');
            if (!cursor.SkipSpaces() && !comma)
            {
                return InputProblem.Unreadable;
            }
        }

        problem = problem.Then(TimeReader.Read(ref cursor, out var time));
        if (problem.IsNone)
        {
            dateTime = date + time;
        }

        return problem;
    }

    /// <summary>Trims the text, runs a reader over it and requires it to read everything.</summary>
    private static InputProblem Read<T>(ReadOnlySpan<char> text, Reader<T> reader, out T value)
    {
        value = default!;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return new InputProblem(ProblemKind.Empty);
        }

        var cursor = new TextCursor(trimmed);
        var problem = reader(ref cursor, out var read);
        if ((problem.IsNone || problem.IsValueProblem) && !cursor.AtEnd)
        {
            // Text left over: the shape is wrong, whatever the values read so far were.
            problem = InputProblem.Unreadable;
        }

        if (problem.IsNone)
        {
            value = read;
        }

        return problem;
    }

    private static T Parse<T>(ReadOnlySpan<char> text, Reader<T> reader, string what, string forms)
    {
        var problem = Read(text, reader, out var value);
        return problem.IsNone ? value : throw new FormatException($"{InputText.Quote(text)} is not {what}: {problem.Reason(text.Trim())}. {forms}");
    }
}
