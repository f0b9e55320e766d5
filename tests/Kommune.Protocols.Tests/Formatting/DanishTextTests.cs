using System.Globalization;
using Kommune.Protocols.Formatting;
using NodaTime;

namespace Kommune.Protocols.Tests.Formatting;

public class DanishTextTests
{
    [Theory]
    [InlineData("17.00", 17, 0, 0)]
    [InlineData("kl. 17.00", 17, 0, 0)]
    [InlineData("Kl. 17.00", 17, 0, 0)]
    [InlineData("KL.17.00", 17, 0, 0)]
    [InlineData("kl 17", 17, 0, 0)]
    [InlineData("klokken 17", 17, 0, 0)]
    [InlineData("kl.  9.00", 9, 0, 0)]
    [InlineData("17:00", 17, 0, 0)]
    [InlineData("kl. 17:25", 17, 25, 0)]
    [InlineData("9.15", 9, 15, 0)]
    [InlineData("09.15", 9, 15, 0)]
    [InlineData("9:05", 9, 5, 0)]
    [InlineData("0.00", 0, 0, 0)]
    [InlineData("00:00", 0, 0, 0)]
    [InlineData("23.59", 23, 59, 0)]
    [InlineData("15:30:00", 15, 30, 0)]
    [InlineData("15:30:45", 15, 30, 45)]
    [InlineData("17", 17, 0, 0)]
    [InlineData("  kl.\u00A017.00\u00A0", 17, 0, 0)]
    [InlineData("\tkl. 8.00 \r\n", 8, 0, 0)]
    [InlineData("kl.\u202F19.43", 19, 43, 0)]
    public void Times_are_read_in_every_form_people_write(string text, int hour, int minute, int second)
    {
        var expected = new LocalTime(hour, minute, second);

        Assert.Equal(expected, DanishText.ParseTime(text));
        Assert.Equal(expected, DanishText.ParseTime(text.AsSpan()));
        Assert.True(DanishText.TryParseTime(text, out var tried));
        Assert.Equal(expected, tried);
        Assert.True(DanishText.TryParseTime(("<" + text + ">").AsSpan(1, text.Length), out var sliced));
        Assert.Equal(expected, sliced);
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData(" ", "the text is empty")]
    [InlineData("\u00A0", "the text is empty")]
    [InlineData("25:00", "the hour 25 is not 0-23")]
    [InlineData("24.00", "the hour 24 is not 0-23")]
    [InlineData("kl. 99", "the hour 99 is not 0-23")]
    [InlineData("17.60", "the minute 60 is not 00-59")]
    [InlineData("17:00:60", "the second 60 is not 00-59")]
    [InlineData("9.5", "minutes are written with two digits")]
    [InlineData("kl. 9:5", "minutes are written with two digits")]
    [InlineData("17.000", "none of the known forms")]
    [InlineData("1700", "none of the known forms")]
    [InlineData("17.", "none of the known forms")]
    [InlineData("17.00.00", "none of the known forms")]
    [InlineData("kl.", "none of the known forms")]
    [InlineData("kl. x", "none of the known forms")]
    [InlineData("17 00", "none of the known forms")]
    [InlineData("klokke 17", "none of the known forms")]
    [InlineData("17h", "none of the known forms")]
    [InlineData("5 pm", "none of the known forms")]
    [InlineData("-1", "none of the known forms")]
    [InlineData("١٧:٠٠", "none of the known forms")]
    [InlineData("17:00 kl.", "none of the known forms")]
    [InlineData("8.00-16.00", "none of the known forms")]
    [InlineData("31. februar 2025", "none of the known forms")]
    [InlineData("25.00 kl.", "none of the known forms")]
    public void Bad_times_are_refused_with_the_reason_the_input_and_the_forms(string text, string reason)
    {
        Assert.False(DanishText.TryParseTime(text, out var time));
        Assert.Equal(default, time);

        var error = Assert.Throws<FormatException>(() => DanishText.ParseTime(text));

        Assert.StartsWith($"{InputText.Quote(text)} is not a time: {reason}", error.Message, StringComparison.Ordinal);
        Assert.Contains("'kl. 17.00'", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, Assert.Throws<FormatException>(() => DanishText.ParseTime(text.AsSpan())).Message);
    }

    [Fact]
    public void Null_is_refused_by_Parse_and_false_for_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => DanishText.ParseTime(null!));
        Assert.Throws<ArgumentNullException>(() => DanishText.ParseTimeRange(null!));
        Assert.Throws<ArgumentNullException>(() => DanishText.ParseDate(null!));
        Assert.Throws<ArgumentNullException>(() => DanishText.ParseDateTime(null!));
        Assert.False(DanishText.TryParseTime(null, out _));
        Assert.False(DanishText.TryParseTimeRange(null, out _, out _));
        Assert.False(DanishText.TryParseDate(null, out _));
        Assert.False(DanishText.TryParseDateTime(null, out _));
    }

    [Fact]
    public void Control_characters_in_the_input_are_escaped_in_the_message()
    {
        var error = Assert.Throws<FormatException>(() => DanishText.ParseTime("17\u0000.00\u001B[2J"));

        Assert.StartsWith("'17\\u0000.00\\u001B[2J' is not a time", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, c => char.IsControl(c));
    }

    [Theory]
    [InlineData("kl. 8.00-16.00", 8, 0, 16, 0)]
    [InlineData("8.00-16.00", 8, 0, 16, 0)]
    [InlineData("17:00 - 19:10", 17, 0, 19, 10)]
    [InlineData("8-16", 8, 0, 16, 0)]
    [InlineData("8.00\u201316.00", 8, 0, 16, 0)]
    [InlineData("fra kl. 8 til kl. 16", 8, 0, 16, 0)]
    [InlineData("9.00 til 9.45", 9, 0, 9, 45)]
    [InlineData("Kl. 15:00-16:10", 15, 0, 16, 10)]
    [InlineData("kl. 22.00-02.00", 22, 0, 2, 0)]
    [InlineData(" kl.\u00A010.40 - kl. 11.10 ", 10, 40, 11, 10)]
    public void Time_ranges_are_read(string text, int startHour, int startMinute, int endHour, int endMinute)
    {
        var (start, end) = (new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute));

        Assert.Equal((start, end), DanishText.ParseTimeRange(text));
        Assert.Equal((start, end), DanishText.ParseTimeRange(text.AsSpan()));
        Assert.True(DanishText.TryParseTimeRange(text, out var s, out var e));
        Assert.Equal((start, end), (s, e));
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("8.00", "none of the known forms")]
    [InlineData("8.00-", "none of the known forms")]
    [InlineData("-16", "none of the known forms")]
    [InlineData("8.00 16.00", "none of the known forms")]
    [InlineData("8.00-25.00", "the hour 25 is not 0-23")]
    [InlineData("8.5-9.00", "minutes are written with two digits")]
    [InlineData("25.00-26.00", "the hour 25 is not 0-23")]
    [InlineData("25.00-9.5", "the hour 25 is not 0-23")]
    [InlineData("25.00-x", "none of the known forms")]
    [InlineData("8.00-16.00-17.00", "none of the known forms")]
    public void Bad_time_ranges_are_refused(string text, string reason)
    {
        Assert.False(DanishText.TryParseTimeRange(text, out var start, out var end));
        Assert.Equal((default(LocalTime), default(LocalTime)), (start, end));

        var error = Assert.Throws<FormatException>(() => DanishText.ParseTimeRange(text));

        Assert.StartsWith($"{InputText.Quote(text)} is not a time range: {reason}", error.Message, StringComparison.Ordinal);
        Assert.Contains("'kl. 8.00-16.00'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5. marts 2025", 2025, 3, 5)]
    [InlineData("5 marts 2025", 2025, 3, 5)]
    [InlineData("5.marts 2025", 2025, 3, 5)]
    [InlineData("05. oktober 2022", 2022, 10, 5)]
    [InlineData("30. aug 2022", 2022, 8, 30)]
    [InlineData("30. aug. 2022", 2022, 8, 30)]
    [InlineData("30 AUG 2022", 2022, 8, 30)]
    [InlineData("1. sept 2025", 2025, 9, 1)]
    [InlineData("1. sep. 2025", 2025, 9, 1)]
    [InlineData("12. okt 2023", 2023, 10, 12)]
    [InlineData("12. oct 2023", 2023, 10, 12)]
    [InlineData("1. maj 2025", 2025, 5, 1)]
    [InlineData("1 May 2025", 2025, 5, 1)]
    [InlineData("5 March 2025", 2025, 3, 5)]
    [InlineData("5 MARCH 2025", 2025, 3, 5)]
    [InlineData("5. marts, 2025", 2025, 3, 5)]
    [InlineData("onsdag den 5. marts 2025", 2025, 3, 5)]
    [InlineData("Onsdag den 5. marts 2025", 2025, 3, 5)]
    [InlineData("tirsdag den 7. februar 2023", 2023, 2, 7)]
    [InlineData("Torsdag d. 27 april 2023", 2023, 4, 27)]
    [InlineData("onsdag, 5. marts 2025", 2025, 3, 5)]
    [InlineData("onsdag 5. marts 2025", 2025, 3, 5)]
    [InlineData("den 05. oktober 2022", 2022, 10, 5)]
    [InlineData("d. 11/3 2025", 2025, 3, 11)]
    [InlineData("Wednesday 5 March 2025", 2025, 3, 5)]
    [InlineData("Wednesday, the 5 March 2025", 2025, 3, 5)]
    [InlineData("lørdag den 1. marts 2025", 2025, 3, 1)]
    [InlineData("LØRDAG DEN 1. MARTS 2025", 2025, 3, 1)]
    [InlineData("søndag den 2. marts 2025", 2025, 3, 2)]
    [InlineData("TIRSDAG DEN 7. FEBRUAR 2023", 2023, 2, 7)]
    [InlineData("05-03-2025", 2025, 3, 5)]
    [InlineData("5-3-2025", 2025, 3, 5)]
    [InlineData("05.03.2025", 2025, 3, 5)]
    [InlineData("5.3.2025", 2025, 3, 5)]
    [InlineData("07.04.2022", 2022, 4, 7)]
    [InlineData("5/3 2025", 2025, 3, 5)]
    [InlineData("5/3-2025", 2025, 3, 5)]
    [InlineData("5/3/2025", 2025, 3, 5)]
    [InlineData("2025-03-05", 2025, 3, 5)]
    [InlineData("2025-3-5", 2025, 3, 5)]
    [InlineData("  5. marts 2025\u00A0", 2025, 3, 5)]
    [InlineData("5.\u00A0marts\u00A02025", 2025, 3, 5)]
    [InlineData("29. februar 2024", 2024, 2, 29)]
    [InlineData("31. december 9999", 9999, 12, 31)]
    [InlineData("1-1-0001", 1, 1, 1)]
    public void Dates_are_read_in_every_form_people_write(string text, int year, int month, int day)
    {
        var expected = new LocalDate(year, month, day);

        Assert.Equal(expected, DanishText.ParseDate(text));
        Assert.Equal(expected, DanishText.ParseDate(text.AsSpan()));
        Assert.True(DanishText.TryParseDate(text, out var tried));
        Assert.Equal(expected, tried);
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("31. februar 2025", "day 31 does not exist in February 2025 (it has 28 days)")]
    [InlineData("29. februar 2025", "day 29 does not exist in February 2025 (it has 28 days)")]
    [InlineData("30-02-2024", "day 30 does not exist in February 2024 (it has 29 days)")]
    [InlineData("31.04.2025", "day 31 does not exist in April 2025 (it has 30 days)")]
    [InlineData("32-01-2025", "day 32 does not exist in January 2025 (it has 31 days)")]
    [InlineData("0. marts 2025", "day 0 does not exist in March 2025 (it has 31 days)")]
    [InlineData("05-13-2025", "the month 13 is not 1-12")]
    [InlineData("2025-00-05", "the month 0 is not 1-12")]
    [InlineData("5. marts 0000", "the year 0 is not 1-9999")]
    [InlineData("5. marts 25", "the year must be written with four digits")]
    [InlineData("05-03-25", "the year must be written with four digits")]
    [InlineData("5. martz 2025", "'martz' is not a month name")]
    [InlineData("5. mart 2025", "'mart' is not a month name")]
    [InlineData("onsdag den 6. marts 2025", "2025-03-06 is a Thursday, not a Wednesday")]
    [InlineData("Friday 5 March 2025", "2025-03-05 is a Wednesday, not a Friday")]
    [InlineData("March 5, 2025", "'March' is not a weekday, 'den' or 'd.'")]
    [InlineData("igår", "'igår' is not a weekday, 'den' or 'd.'")]
    [InlineData("5. marts", "none of the known forms")]
    [InlineData("5. marts 2025.", "none of the known forms")]
    [InlineData("5. marts 10000", "none of the known forms")]
    [InlineData("2025-03", "none of the known forms")]
    [InlineData("2025/03/05", "none of the known forms")]
    [InlineData("5 3 2025", "none of the known forms")]
    [InlineData("05-03.2025", "none of the known forms")]
    [InlineData("5//3 2025", "none of the known forms")]
    [InlineData("20250305", "none of the known forms")]
    [InlineData("onsdag", "none of the known forms")]
    [InlineData("٥/٣ ٢٠٢٥", "none of the known forms")]
    [InlineData("5. marts 2025 kl. 17", "none of the known forms")]
    public void Bad_dates_are_refused_with_the_reason_the_input_and_the_forms(string text, string reason)
    {
        Assert.False(DanishText.TryParseDate(text, out var date));
        Assert.Equal(default, date);

        var error = Assert.Throws<FormatException>(() => DanishText.ParseDate(text));

        Assert.StartsWith($"{InputText.Quote(text)} is not a date: {reason}", error.Message, StringComparison.Ordinal);
        Assert.Contains("'5. marts 2025'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'2025-03-05'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("onsdag den 5. marts 2025 kl. 19.00", 2025, 3, 5, 19, 0, 0)]
    [InlineData("onsdag den 30. november 2022 kl. 17:00", 2022, 11, 30, 17, 0, 0)]
    [InlineData("Torsdag d. 27 april 2023, kl. 18:00", 2023, 4, 27, 18, 0, 0)]
    [InlineData("25-09-2012 15:30:00", 2012, 9, 25, 15, 30, 0)]
    [InlineData("02-05-2017 10:00", 2017, 5, 2, 10, 0, 0)]
    [InlineData("2013-06-20 10:30", 2013, 6, 20, 10, 30, 0)]
    [InlineData("2025-03-05T19:00", 2025, 3, 5, 19, 0, 0)]
    [InlineData("2025-03-05T19:00:30", 2025, 3, 5, 19, 0, 30)]
    [InlineData("5. marts 2025 9.15", 2025, 3, 5, 9, 15, 0)]
    [InlineData("5/3 2025 kl. 9", 2025, 3, 5, 9, 0, 0)]
    public void Dates_with_times_are_read(string text, int year, int month, int day, int hour, int minute, int second)
    {
        var expected = new LocalDateTime(year, month, day, hour, minute, second);

        Assert.Equal(expected, DanishText.ParseDateTime(text));
        Assert.Equal(expected, DanishText.ParseDateTime(text.AsSpan()));
        Assert.True(DanishText.TryParseDateTime(text, out var tried));
        Assert.Equal(expected, tried);
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("2025-03-05", "none of the known forms")]
    [InlineData("5. marts 2025kl. 17", "none of the known forms")]
    [InlineData("2025-03-0517:00", "none of the known forms")]
    [InlineData("05-03-2025T17:00", "none of the known forms")]
    [InlineData("5. marts 2025 25:00", "the hour 25 is not 0-23")]
    [InlineData("31. februar 2025 kl. 17", "day 31 does not exist in February 2025")]
    [InlineData("onsdag den 6. marts 2025 kl. 19", "2025-03-06 is a Thursday, not a Wednesday")]
    [InlineData("31. februar 2025 kl.", "none of the known forms")]
    [InlineData("31. februar 2025kl. 17", "none of the known forms")]
    [InlineData("5. marts 2025 kl. 17.00 x", "none of the known forms")]
    public void Bad_dates_with_times_are_refused(string text, string reason)
    {
        Assert.False(DanishText.TryParseDateTime(text, out var value));
        Assert.Equal(default, value);

        var error = Assert.Throws<FormatException>(() => DanishText.ParseDateTime(text));

        Assert.StartsWith($"{InputText.Quote(text)} is not a date and a time: {reason}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_time_DanishFormat_writes_reads_back()
    {
        for (var minutes = 0; minutes < 24 * 60; minutes++)
        {
            var time = new LocalTime(minutes / 60, minutes % 60);

            Assert.Equal(time, DanishText.ParseTime(DanishFormat.Time(time)));
            Assert.Equal(time, DanishText.ParseTime(DanishFormat.IsoTime(time)));
            Assert.Equal(time, DanishText.ParseTime("kl. " + DanishFormat.Time(time)));

            var end = time.PlusMinutes(45);
            Assert.Equal((time, end), DanishText.ParseTimeRange(DanishFormat.TimeRange(time, end)));
        }
    }

    [Fact]
    public void Every_date_DanishFormat_writes_reads_back()
    {
        for (var date = new LocalDate(2023, 1, 1); date < new LocalDate(2027, 1, 1); date = date.PlusDays(1))
        {
            Assert.Equal(date, DanishText.ParseDate(DanishFormat.NumericDate(date)));
            Assert.Equal(date, DanishText.ParseDate(DanishFormat.LongDate(date)));
            Assert.Equal(date, DanishText.ParseDate(DanishFormat.LongDate(date, Language.English)));
            Assert.Equal(date, DanishText.ParseDate(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

            var weekday = Language.Danish.Format("weekday" + ((int)date.DayOfWeek).ToString(CultureInfo.InvariantCulture));
            Assert.Equal(date, DanishText.ParseDate($"{weekday} den {DanishFormat.LongDate(date)}"));
            Assert.Equal(date + new LocalTime(19, 0), DanishText.ParseDateTime($"{weekday} den {DanishFormat.LongDate(date)} kl. 19.00"));
        }
    }

    [Fact]
    public void Every_month_name_DanishFormat_knows_is_read_in_full_abbreviated_and_in_capitals()
    {
        string[] abbreviations = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
        for (var month = 1; month <= 12; month++)
        {
            var expected = new LocalDate(2025, month, 1);
            foreach (var name in new[] { DanishFormat.MonthName(month), DanishFormat.MonthName(month, Language.English), abbreviations[month - 1] })
            {
                Assert.Equal(expected, DanishText.ParseDate($"1. {name} 2025"));
                Assert.Equal(expected, DanishText.ParseDate($"1 {name}. 2025"));
                Assert.Equal(expected, DanishText.ParseDate($"1. {name.ToUpperInvariant()} 2025"));
            }
        }
    }

    [Trait("Category", "Cultures")]
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("da-DK")]
    public void Results_do_not_depend_on_the_current_culture(string culture)
    {
        string[] inputs =
        [
            "TIRSDAG DEN 7. FEBRUAR 2023", "Fredag 1. april 2022", "1. JULI 2022", "5/3 2025", "2025-03-05", "30. aug 2022",
            "kl. 17.00", "KLOKKEN 9", "15:30:00", "kl. 8.00-16.00", "31. februar 2025", "9.5", "onsdag den 6. marts 2025",
        ];
        string Results() => string.Join("\n", inputs.Select(Describe));
        var expected = Results();
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, Results());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    /// <summary>What each reader makes of a text, written with invariant formatting so only the readers can differ.</summary>
    private static string Describe(string text)
    {
        var date = DanishText.TryParseDate(text, out var d) ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : Message(() => DanishText.ParseDate(text));
        var time = DanishText.TryParseTime(text, out var t) ? t.ToString("HH:mm:ss", CultureInfo.InvariantCulture) : Message(() => DanishText.ParseTime(text));
        var range = DanishText.TryParseTimeRange(text, out var s, out var e)
            ? s.ToString("HH:mm", CultureInfo.InvariantCulture) + "/" + e.ToString("HH:mm", CultureInfo.InvariantCulture)
            : Message(() => DanishText.ParseTimeRange(text));
        return $"{text} | {date} | {time} | {range}";
    }

    private static string Message(Action parse) => Assert.Throws<FormatException>(parse).Message;
}
