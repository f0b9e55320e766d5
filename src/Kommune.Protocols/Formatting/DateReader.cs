using NodaTime;

namespace Kommune.Protocols.Formatting;

/// <summary>
/// Reads a date as Danish papers and ESDH exports write it: <c>5. marts 2025</c>,
/// <c>5 marts 2025</c>, <c>30. aug 2022</c>, <c>onsdag den 5. marts 2025</c>,
/// <c>Torsdag d. 27 april 2023</c>, <c>05-03-2025</c>, <c>5-3-2025</c>, <c>05.03.2025</c>,
/// <c>5/3 2025</c>, <c>2025-03-05</c>. Day before month always (Danish order); four-digit years.
/// </summary>
internal static class DateReader
{
    public static InputProblem Read(ref TextCursor cursor, out LocalDate date, out bool iso)
    {
        date = default;
        iso = false;
        var problem = ReadLead(ref cursor, out var weekday);
        if (!problem.IsNone)
        {
            return problem;
        }

        int day, month, year;
        var first = cursor.ReadDigits(out var number);
        if (first == 4)
        {
            iso = true;
            year = number;
            problem = ReadIsoRest(ref cursor, out month, out day);
        }
        else if (first is 1 or 2)
        {
            day = number;
            problem = ReadAfterDay(ref cursor, out month, out year);
        }
        else
        {
            return InputProblem.Unreadable;
        }

        return problem.IsNone ? Check(year, month, day, weekday, out date) : problem;
    }

    /// <summary>An optional weekday (with an optional comma), then an optional <c>den</c> or <c>d.</c>.</summary>
    private static InputProblem ReadLead(ref TextCursor cursor, out int weekday)
    {
        weekday = 0;
        if (!cursor.IsLetter)
        {
            return InputProblem.None;
        }

        var start = cursor.Position;
        var word = cursor.ReadWord();
        weekday = DanishWords.Weekday(word);
        if (weekday != 0)
        {
            cursor.Skip(',');
            cursor.SkipSpaces();
            if (!cursor.IsLetter)
            {
                return InputProblem.None;
            }

            start = cursor.Position;
            word = cursor.ReadWord();
        }

        if (word.Equals("den", StringComparison.OrdinalIgnoreCase) || word.Equals("d", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            cursor.Skip('.');
            cursor.SkipSpaces();
            return InputProblem.None;
        }

        return new InputProblem(ProblemKind.UnknownWord, Start: start, Length: word.Length);
    }

    /// <summary>After <c>2025</c>: <c>-03-05</c> or <c>-3-5</c>.</summary>
    private static InputProblem ReadIsoRest(ref TextCursor cursor, out int month, out int day)
    {
        day = 0;
        month = 0;
        return cursor.Skip('-') && cursor.ReadDigits(out month) is 1 or 2 && cursor.Skip('-') && cursor.ReadDigits(out day) is 1 or 2
            ? InputProblem.None
            : InputProblem.Unreadable;
    }

    /// <summary>After the day: <c>-03-2025</c>, <c>.03.2025</c>, <c>/3 2025</c> or a month name and a year.</summary>
    private static InputProblem ReadAfterDay(ref TextCursor cursor, out int month, out int year)
    {
        month = year = 0;
        var separator = cursor.Current;
        if (separator is '-' or '.' or '/' && cursor.IsDigitAt(1))
        {
            cursor.Skip(separator);
            if (cursor.ReadDigits(out month) is not (1 or 2))
            {
                return InputProblem.Unreadable;
            }

            // 05-03-2025 and 05.03.2025 repeat their separator; 5/3 takes a slash, a dash or a space before the year.
            bool separated;
            if (separator == '/')
            {
                var marked = cursor.Skip('/') || cursor.Skip('-');
                separated = cursor.SkipSpaces() || marked;
            }
            else
            {
                separated = cursor.Skip(separator);
            }

            if (!separated)
            {
                return InputProblem.Unreadable;
            }

            return ReadYear(ref cursor, out year);
        }

        // 5. marts 2025, 5.marts 2025, 5 marts 2025
        cursor.Skip('.');
        cursor.SkipSpaces();
        if (!cursor.IsLetter)
        {
            return InputProblem.Unreadable;
        }

        var start = cursor.Position;
        var word = cursor.ReadWord();
        month = DanishWords.Month(word);
        if (month == 0)
        {
            return new InputProblem(ProblemKind.UnknownMonth, Start: start, Length: word.Length);
        }

        cursor.Skip('.');
        cursor.Skip(',');
        cursor.SkipSpaces();
        return ReadYear(ref cursor, out year);
    }

    private static InputProblem ReadYear(ref TextCursor cursor, out int year) => cursor.ReadDigits(out year) switch
    {
        4 => InputProblem.None,
        2 => new InputProblem(ProblemKind.TwoDigitYear),
        _ => InputProblem.Unreadable,
    };

    private static InputProblem Check(int year, int month, int day, int weekday, out LocalDate date)
    {
        date = default;
        if (month is < 1 or > 12)
        {
            return new InputProblem(ProblemKind.MonthOutOfRange, month);
        }

        if (year < 1)
        {
            return new InputProblem(ProblemKind.YearOutOfRange, year);
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            // The message names the month's length, carried in the day's place.
            return new InputProblem(ProblemKind.DayOutOfRange, day, Date: (year, month, days));
        }

        var read = new LocalDate(year, month, day);
        if (weekday != 0 && (int)read.DayOfWeek != weekday)
        {
            // Which of the two is the typo cannot be known, so neither is guessed.
            return new InputProblem(ProblemKind.WeekdayMismatch, weekday, Date: (year, month, day));
        }

        date = read;
        return InputProblem.None;
    }
}
