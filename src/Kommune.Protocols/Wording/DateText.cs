using System.Globalization;
using NodaTime;

namespace Kommune.Protocols;

/// <summary>The arguments every date template takes: <c>{d}</c>, <c>{dd}</c>, <c>{m}</c>, <c>{mm}</c>, <c>{month}</c>, <c>{yyyy}</c>, <c>{weekday}</c>.</summary>
internal static class DateText
{
    public static (string Name, string Value)[] Arguments(LocalDate date, Func<string, string> word)
    {
        var inv = CultureInfo.InvariantCulture;
        return
        [
            ("d", date.Day.ToString(inv)),
            ("dd", date.Day.ToString("00", inv)),
            ("m", date.Month.ToString(inv)),
            ("mm", date.Month.ToString("00", inv)),
            ("month", word("month" + date.Month.ToString(inv))),
            ("yyyy", date.Year.ToString("0000", inv)),
            ("weekday", word("weekday" + ((int)date.DayOfWeek).ToString(inv))),
        ];
    }

    public static string Format(Language language, string key, LocalDate date) =>
        language.Format(key, Arguments(date, k => language.Format(k)));
}
