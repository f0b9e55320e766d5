namespace Kommune.Protocols.Formatting;

/// <summary>
/// The month and weekday names the Danish readers accept, Danish and English, in full and
/// abbreviated. A fixed table rather than <c>CultureInfo</c>'s names: those change with ICU
/// versions, are missing under <c>InvariantGlobalization</c>, and do not include the
/// abbreviations protocols use (<c>sept</c>, <c>okt</c>).
/// </summary>
internal static class DanishWords
{
    private static readonly (string Name, int Month)[] Months =
    [
        ("januar", 1), ("februar", 2), ("marts", 3), ("april", 4), ("maj", 5), ("juni", 6),
        ("juli", 7), ("august", 8), ("september", 9), ("oktober", 10), ("november", 11), ("december", 12),
        ("january", 1), ("february", 2), ("march", 3), ("may", 5), ("june", 6), ("july", 7), ("october", 10),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("sept", 9), ("okt", 10), ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    /// <summary>Monday (1) to Sunday (7), as NodaTime's <c>IsoDayOfWeek</c> numbers them.</summary>
    private static readonly (string Name, int Day)[] Weekdays =
    [
        ("mandag", 1), ("tirsdag", 2), ("onsdag", 3), ("torsdag", 4), ("fredag", 5), ("lørdag", 6), ("søndag", 7),
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
    ];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] EnglishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>The month 1-12 a name stands for, or 0.</summary>
    public static int Month(ReadOnlySpan<char> word) => Find(Months, word);

    /// <summary>The weekday 1-7 (Monday first) a name stands for, or 0.</summary>
    public static int Weekday(ReadOnlySpan<char> word) => Find(Weekdays, word);

    /// <summary>The English name of a month, for error messages (which are in English).</summary>
    public static string MonthInEnglish(int month) => EnglishMonths[month - 1];

    /// <summary>The English name of a weekday 1-7, for error messages.</summary>
    public static string WeekdayInEnglish(int day) => EnglishWeekdays[day - 1];

    private static int Find((string Name, int Value)[] names, ReadOnlySpan<char> word)
    {
        foreach (var (name, value) in names)
        {
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return 0;
    }
}
