using System.Globalization;
using System.Text.RegularExpressions;
using Kommune.Protocols.Formatting;
using NodaTime;

namespace Kommune.Protocols.Import;

/// <summary>
/// Reads the dates and times the exports write, culture-free: <c>25-09-2012 15:30:00</c>,
/// <c>02-05-2017 10:00</c>, <c>2013-06-20 10:30</c>, ISO <c>2013-06-20T10:30:00</c>, Danish
/// <c>27. august 2018</c> (with a weekday, <c>den</c> or <c>kl. 16.00</c> around it), times
/// <c>16:00</c> / <c>16.00</c> / <c>kl. 9.00</c>, and UTC or offset instants
/// (<c>2018-08-27T14:00:00Z</c>), which are converted to Danish local time (Europe/Copenhagen).
/// </summary>
/// <remarks>
/// Local dates and times are the library's own readers' (<see cref="DanishText"/>), so an import
/// reads a date exactly as the rest of the library does; only what those readers leave to the
/// caller is handled here: fractions of a second and UTC offsets, which only machine-written ISO
/// values carry.
/// </remarks>
internal static partial class DateTimeText
{
    private static readonly DateTimeZone Copenhagen = DateTimeZoneProviders.Tzdb["Europe/Copenhagen"];

    /// <summary>Reads a date with an optional time.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The date and time, when readable.</param>
    /// <returns>Whether the text was a date.</returns>
    public static bool TryParse(string? text, out DateTimeValue value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = WhiteSpace().Replace(text.Trim(), " ");
        var iso = IsoInstant().Match(t);
        if (iso.Success)
        {
            // DanishText reads whole seconds and no offset: the fraction is dropped (meeting times never need it), the offset applied here.
            if (!DanishText.TryParseDateTime(iso.Groups[1].Value, out var written))
            {
                return false;
            }

            var offset = iso.Groups[2].Value;
            if (offset.Length == 0)
            {
                value = new DateTimeValue(written.Date, written.TimeOfDay, false);
                return true;
            }

            return Instant(written, offset, out value);
        }

        if (DanishText.TryParseDateTime(t, out var dateTime))
        {
            value = new DateTimeValue(dateTime.Date, dateTime.TimeOfDay, false);
            return true;
        }

        if (DanishText.TryParseDate(t, out var date))
        {
            value = new DateTimeValue(date, null, false);
            return true;
        }

        return false;
    }

    /// <summary>Reads a time of day alone (<c>16:00</c>, <c>16.00</c>, <c>kl. 9.00</c>, <c>16:00:00</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="time">The time, when readable.</param>
    /// <returns>Whether the text was a time.</returns>
    public static bool TryParseTime(string? text, out LocalTime time) => DanishText.TryParseTime(text, out time);

    private static bool Instant(LocalDateTime written, string offset, out DateTimeValue value)
    {
        value = default;
        var minutes = offset is "Z" or "z" ? 0 : OffsetMinutes(offset);
        if (minutes is null)
        {
            return false;
        }

        try
        {
            var local = written.WithOffset(Offset.FromSeconds(minutes.Value * 60)).ToInstant().InZone(Copenhagen).LocalDateTime;
            value = new DateTimeValue(local.Date, local.TimeOfDay, true);
            return true;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // An instant at the very edge of the calendar.
            return false;
        }
    }

    private static int? OffsetMinutes(string offset)
    {
        var digits = offset[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 4)
        {
            return null;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
        return hours > 18 || minutes > 59 ? null : (offset[0] == '-' ? -1 : 1) * ((hours * 60) + minutes);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>An ISO date and time with a fraction of a second or an offset (or both): group 1 the local part, group 2 the offset.</summary>
    [GeneratedRegex(@"^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)(?:[.,][0-9]{1,9})? ?(Z|z|[+-][0-9]{2}:?[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInstant();
}
