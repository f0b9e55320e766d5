using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Kommune.Protocols.Json.Converters;

/// <summary>ISO dates: <c>"2025-03-05"</c>.</summary>
internal sealed class LocalDateConverter : TextValueConverter<LocalDate>
{
    protected override string Expected => "an ISO date such as \"2025-03-05\"";

    protected override bool TryParse(string text, out LocalDate value) => LocalDatePattern.Iso.Parse(text).TryGetValue(default, out value);

    protected override string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);
}

/// <summary>ISO times to the minute, <c>"09:00"</c>; seconds only when they are not zero.</summary>
internal sealed class LocalTimeConverter : TextValueConverter<LocalTime>
{
    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    protected override string Expected => "an ISO time such as \"09:00\" or \"09:00:30\"";

    // ExtendedIso reads seconds with or without a fraction, as it writes them.
    protected override bool TryParse(string text, out LocalTime value) =>
        (text.Length == 5 ? Minutes : LocalTimePattern.ExtendedIso).Parse(text).TryGetValue(default, out value);

    protected override string Format(LocalTime value) =>
        (value.Second == 0 && value.NanosecondOfSecond == 0 ? Minutes : LocalTimePattern.ExtendedIso).Format(value);
}

/// <summary>Instants in ISO UTC: <c>"2025-03-05T10:00:00Z"</c>.</summary>
internal sealed class InstantConverter : TextValueConverter<Instant>
{
    protected override string Expected => "an ISO UTC instant such as \"2025-03-05T10:00:00Z\"";

    protected override bool TryParse(string text, out Instant value) => InstantPattern.ExtendedIso.Parse(text).TryGetValue(default, out value);

    protected override string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);
}

/// <summary>
/// Durations as ISO 8601 durations without years or months: <c>"PT15M"</c>, <c>"PT1H30M"</c>;
/// at most <see cref="MeetingLimits.MaxDuration"/> either way, so no value can overflow and
/// every value read can be written again.
/// </summary>
internal sealed class DurationConverter : TextValueConverter<Duration>
{
    private static readonly long MaxDays = (long)MeetingLimits.MaxDuration.TotalDays;

    protected override string Expected =>
        $"an ISO 8601 duration such as \"PT15M\" or \"PT1H30M\", at most {MaxDays} days either way";

    protected override bool TryParse(string text, out Duration value)
    {
        value = default;

        // ISO 8601 has no negative durations; like java.time, a leading '-' negates the whole.
        var negative = text.StartsWith('-');
        var parsed = PeriodPattern.NormalizingIso.Parse(negative ? text[1..] : text);
        if (!parsed.Success || parsed.Value.Years != 0 || parsed.Value.Months != 0 || parsed.Value.Weeks != 0 || !EachUnitWithinLimit(parsed.Value))
        {
            return false;
        }

        // Each unit is within the limit on its own, so their sum in nanoseconds cannot overflow.
        var duration = parsed.Value.ToDuration();
        value = negative ? -duration : duration;
        return value <= MeetingLimits.MaxDuration && value >= -MeetingLimits.MaxDuration;
    }

    // Parsing keeps the units as written ("PT100000000H" is 100,000,000 hours), and adding them
    // up in nanoseconds overflows long at about 292 years; a unit beyond the limit alone is refused first.
    private static bool EachUnitWithinLimit(Period period)
    {
        var days = MaxDays;
        return Within(period.Days, days)
            && Within(period.Hours, days * 24)
            && Within(period.Minutes, days * 24 * 60)
            && Within(period.Seconds, days * 24 * 60 * 60)
            && Within(period.Milliseconds, days * 24 * 60 * 60 * 1000)
            && Within(period.Ticks, days * 24 * 60 * 60 * 10_000_000)
            && Within(period.Nanoseconds, days * 24 * 60 * 60 * 1_000_000_000);
    }

    // Not Math.Abs, which overflows on long.MinValue ("PT-9223372036854775808H").
    private static bool Within(long amount, long limit) => amount >= -limit && amount <= limit;

    protected override string Format(Duration value)
    {
        if (value == Duration.Zero)
        {
            return "PT0S";
        }

        var text = new StringBuilder(value < Duration.Zero ? "-PT" : "PT");
        var abs = value < Duration.Zero ? -value : value;
        var hours = (long)Math.Floor(abs.TotalHours);
        Append(text, hours, 'H');
        Append(text, abs.Minutes, 'M');
        var nanos = abs.SubsecondNanoseconds;
        if (abs.Seconds != 0 || nanos != 0)
        {
            text.Append(abs.Seconds.ToString(CultureInfo.InvariantCulture));
            if (nanos != 0)
            {
                text.Append('.').Append(nanos.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
            }

            text.Append('S');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, long amount, char unit)
    {
        if (amount != 0)
        {
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
