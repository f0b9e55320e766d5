using System.Globalization;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Validation;

public class ValidationOfRealMeetingsTests
{
    [Fact]
    public void Seed_has_no_error_and_its_warnings_are_the_sources_own_inconsistencies()
    {
        var report = MeetingValidator.Validate(SeedMeeting.Build());

        Assert.False(report.HasErrors, report.ToString());
        Snapshot.Match(report.ToString());
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 2)]
    [InlineData(50, 3)]
    [InlineData(200, 4)]
    public void Generated_meetings_have_no_error(int items, int seed)
    {
        var report = MeetingValidator.Validate(MeetingGenerator.Generate(items, seed));

        Assert.False(report.HasErrors, report.ToString());
    }

    [Trait("Category", "Cultures")]
    [Theory]
    [InlineData("da-DK")]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Report_is_the_same_in_any_culture(string culture)
    {
        var broken = ValidationRuleTests.Clean() with { End = new NodaTime.LocalTime(8, 0), Items = [.. ValidationRuleTests.Clean().Items.Select(i => i with { Decision = i.Decision! with { Date = new NodaTime.LocalDate(2025, 5, 15) } })] };
        var expectedDa = MeetingValidator.Validate(broken).ToString();
        var expectedEn = MeetingValidator.Validate(broken, new ValidationOptions { Language = Language.English }).ToString();
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal(expectedDa, MeetingValidator.Validate(broken).ToString());
            Assert.Equal(expectedEn, MeetingValidator.Validate(broken, new ValidationOptions { Language = Language.English }).ToString());
            Assert.NotEqual(expectedDa, expectedEn);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
