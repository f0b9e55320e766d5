using System.Globalization;

namespace Kommune.Protocols.Formatting;

/// <summary>What kind of problem stopped a Danish date or time reader.</summary>
internal enum ProblemKind
{
    None,
    Empty,
    Unreadable,
    HourOutOfRange,
    MinuteOutOfRange,
    SecondOutOfRange,
    OneDigitMinutes,
    UnknownMonth,
    UnknownWord,
    MonthOutOfRange,
    DayOutOfRange,
    TwoDigitYear,
    YearOutOfRange,
    WeekdayMismatch,
}

/// <summary>
/// Why a text was refused, kept as data (as NodaTime's <c>ParseResult</c> does) so that
/// <c>TryParse</c> allocates nothing and only <c>Parse</c> pays for the message.
/// </summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Value">The offending number (an hour, a day) or the weekday that was written.</param>
/// <param name="Start">Where the offending word starts in the trimmed input.</param>
/// <param name="Length">How long the offending word is.</param>
/// <param name="Date">The date the problem is about, for a day or weekday that does not fit.</param>
internal readonly record struct InputProblem(ProblemKind Kind, int Value = 0, int Start = 0, int Length = 0, (int Year, int Month, int Day) Date = default)
{
    public static InputProblem None => default;

    public static InputProblem Unreadable => new(ProblemKind.Unreadable);

    public bool IsNone => Kind == ProblemKind.None;

    /// <summary>
    /// Whether the text had the right shape but a value that does not exist (hour 25, 31 February,
    /// a weekday the date does not fall on). Such a problem is only worth reporting once the whole
    /// text has been read: in <c>31. februar 2025</c> read as a time, the hour 31 is not the point.
    /// </summary>
    public bool IsValueProblem => Kind is ProblemKind.HourOutOfRange or ProblemKind.MinuteOutOfRange or ProblemKind.SecondOutOfRange
        or ProblemKind.OneDigitMinutes or ProblemKind.MonthOutOfRange or ProblemKind.DayOutOfRange or ProblemKind.YearOutOfRange
        or ProblemKind.WeekdayMismatch;

    /// <summary>This problem, or the later one if this is only about a value and the later one is about the shape.</summary>
    public InputProblem Then(InputProblem later) => IsNone || (IsValueProblem && !later.IsNone && !later.IsValueProblem) ? later : this;

    /// <summary>The reason, in words, for an exception message.</summary>
    /// <param name="input">The trimmed input the reader saw.</param>
    public string Reason(ReadOnlySpan<char> input) => Kind switch
    {
        ProblemKind.Empty => "the text is empty",
        ProblemKind.HourOutOfRange => Invariant($"the hour {Value} is not 0-23"),
        ProblemKind.MinuteOutOfRange => Invariant($"the minute {Value} is not 00-59"),
        ProblemKind.SecondOutOfRange => Invariant($"the second {Value} is not 00-59"),
        ProblemKind.OneDigitMinutes => "minutes are written with two digits ('9.05' or '9.30'; '9.5' could mean either)",
        ProblemKind.UnknownMonth => $"{InputText.Quote(input.Slice(Start, Length))} is not a month name (Danish or English, in full or abbreviated: 'marts', 'mar', 'March')",
        ProblemKind.UnknownWord => $"{InputText.Quote(input.Slice(Start, Length))} is not a weekday, 'den' or 'd.'",
        ProblemKind.MonthOutOfRange => Invariant($"the month {Value} is not 1-12"),
        ProblemKind.DayOutOfRange => Invariant($"day {Value} does not exist in {DanishWords.MonthInEnglish(Date.Month)} {Date.Year} (it has {Date.Day} days)"),
        ProblemKind.TwoDigitYear => "the year must be written with four digits ('2025', not '25')",
        ProblemKind.YearOutOfRange => Invariant($"the year {Value} is not 1-9999"),
        ProblemKind.WeekdayMismatch => Invariant($"{Date.Year:0000}-{Date.Month:00}-{Date.Day:00} is a {DanishWords.WeekdayInEnglish(DayOfWeek(Date))}, not a {DanishWords.WeekdayInEnglish(Value)}"),
        _ => "none of the known forms matches",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static int DayOfWeek((int Year, int Month, int Day) date) => (int)new NodaTime.LocalDate(date.Year, date.Month, date.Day).DayOfWeek;
}
