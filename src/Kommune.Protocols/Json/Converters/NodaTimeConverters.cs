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
        ParseResult<Period> parsed;
        try
        {
            parsed = PeriodPattern.NormalizingIso.Parse(negative ? text[1..] : text);
        }
        catch (OverflowException)
        {
            // Normalizing adds the units up in nanoseconds; a value that overflows that is
            // centuries beyond any limit.
            return false;
        }

        if (!parsed.Success || parsed.Value.Years != 0 || parsed.Value.Months != 0 || parsed.Value.Weeks != 0 || Math.Abs(parsed.Value.Days) > MaxDays)
        {
            return false;
        }

        // Normalized, every unit below days is less than a day, so this cannot overflow.
        var duration = parsed.Value.ToDuration();
        value = negative ? -duration : duration;
        return value <= MeetingLimits.MaxDuration && value >= -MeetingLimits.MaxDuration;
    }

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
