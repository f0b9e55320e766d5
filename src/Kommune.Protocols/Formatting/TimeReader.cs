using NodaTime;

namespace Kommune.Protocols.Formatting;

/// <summary>
/// Reads a time of day as Danish papers and ESDH exports write it: <c>17.00</c>, <c>9.15</c>,
/// <c>17:00</c>, <c>17:00:30</c>, <c>17</c> (a whole hour), each optionally after <c>kl.</c>,
/// <c>kl</c> or <c>klokken</c>.
/// </summary>
internal static class TimeReader
{
    public static InputProblem Read(ref TextCursor cursor, out LocalTime time)
    {
        time = default;
        if (cursor.SkipWord("kl", "klokken"))
        {
            cursor.Skip('.');
            cursor.SkipSpaces();
        }

        var hourDigits = cursor.ReadDigits(out var hour);
        if (hourDigits is 0 or > 2)
        {
            return InputProblem.Unreadable;
        }

        var (minute, second) = (0, 0);
        var separator = cursor.Current;
        if (separator is '.' or ':' && cursor.IsDigitAt(1))
        {
            cursor.Skip(separator);
            var minuteDigits = cursor.ReadDigits(out minute);
            if (minuteDigits != 2)
            {
                return minuteDigits == 1 ? new InputProblem(ProblemKind.OneDigitMinutes) : InputProblem.Unreadable;
            }

            // Seconds come only in the ISO style with colons (ESDH exports: 15:30:00).
            if (separator == ':' && cursor.Current == ':' && cursor.IsDigitAt(1))
            {
                cursor.Skip(':');
                if (cursor.ReadDigits(out second) != 2)
                {
                    return InputProblem.Unreadable;
                }
            }
        }

        if (hour > 23)
        {
            return new InputProblem(ProblemKind.HourOutOfRange, hour);
        }

        if (minute > 59)
        {
            return new InputProblem(ProblemKind.MinuteOutOfRange, minute);
        }

        if (second > 59)
        {
            return new InputProblem(ProblemKind.SecondOutOfRange, second);
        }

        time = new LocalTime(hour, minute, second);
        return InputProblem.None;
    }

    /// <summary>Reads <c>kl. 8.00-16.00</c>, <c>17:00 - 19:10</c>, <c>8-16</c>, <c>fra kl. 8 til kl. 16</c>.</summary>
    public static InputProblem ReadRange(ref TextCursor cursor, out LocalTime start, out LocalTime end)
    {
        end = default;
        if (cursor.SkipWord("fra", "from"))
        {
            cursor.SkipSpaces();
        }

        // A value problem in the start (25.00) is reported only if the rest has the shape of a range.
        var problem = Read(ref cursor, out start);
        if (!problem.IsNone && !problem.IsValueProblem)
        {
            return problem;
        }

        cursor.SkipSpaces();
        if (!cursor.Skip('-') && !cursor.Skip('\u2013') && !cursor.Skip('\u2014') && !cursor.SkipWord("til", "to"))
        {
            return InputProblem.Unreadable;
        }

        cursor.SkipSpaces();
        return problem.Then(Read(ref cursor, out end));
    }
}
