using Kommune.Protocols.Model;

namespace Kommune.Protocols.Tests.Model;

public class CaseNumberTests
{
    [Theory]
    [InlineData("24/5333", CaseNumberForm.YearSlashSerial, null, null, "24", "5333")]
    [InlineData("2019-012345", CaseNumberForm.YearDashSerial, null, null, "2019", "012345")]
    [InlineData("00.32.10.S00 24/5333", CaseNumberForm.KleFacetJournal, "00.32.10", "S00", "24", "5333")]
    [InlineData("00.32.10.S00   24/5333", CaseNumberForm.KleFacetJournal, "00.32.10", "S00", "24", "5333")]
    [InlineData("00.32.10-S00-1-24", CaseNumberForm.KleFacetSerialYear, "00.32.10", "S00", "24", "1")]
    [InlineData("27.12.08-G01-12345-19", CaseNumberForm.KleFacetSerialYear, "27.12.08", "G01", "19", "12345")]
    public void Parses_known_forms_into_parts_and_round_trips_the_text(string text, CaseNumberForm form, string? kle, string? facet, string year, string serial)
    {
        var number = CaseNumber.Parse(text);

        Assert.Equal(form, number.Form);
        Assert.True(number.IsRecognized);
        Assert.Equal(kle, number.Kle?.ToString());
        Assert.Equal(facet, number.Facet);
        Assert.Equal(year, number.Year);
        Assert.Equal(serial, number.Serial);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("5333")]
    [InlineData("24/")]
    [InlineData("/5333")]
    [InlineData("2024/5333x")]
    [InlineData("00.32.10.S00")]
    [InlineData("00.32.10.s00 24/5333")]
    [InlineData("00.32.10-S00-1")]
    [InlineData("00.32.10-S00-1-2024")]
    [InlineData("SAG-2024-17")]
    public void Rejects_other_text_with_a_message_naming_the_expected_forms(string text)
    {
        Assert.False(CaseNumber.TryParse(text, out var none));
        Assert.Null(none);

        var error = Assert.Throws<FormatException>(() => CaseNumber.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("00.32.10.S00 24/5333", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_keeps_an_unknown_form_as_raw_text()
    {
        var number = CaseNumber.FromText("SAG-2024-17");

        Assert.Equal(CaseNumberForm.Unrecognized, number.Form);
        Assert.False(number.IsRecognized);
        Assert.Null(number.Serial);
        Assert.Equal("SAG-2024-17", number.ToString());
    }

    [Fact]
    public void FromText_parses_a_known_form()
    {
        Assert.Equal(CaseNumber.Parse("24/5333"), CaseNumber.FromText("24/5333"));
    }

    [Fact]
    public void Equality_is_by_text()
    {
        Assert.Equal(CaseNumber.Parse("24/5333"), CaseNumber.Parse("24/5333"));
        Assert.NotEqual(CaseNumber.Parse("00.32.10.S00 24/5333"), CaseNumber.Parse("00.32.10.S00  24/5333"));
        Assert.Equal(CaseNumber.Parse("24/5333").GetHashCode(), CaseNumber.Parse("24/5333").GetHashCode());
    }

    [Fact]
    public void Empty_text_is_refused_by_FromText_because_null_means_none()
    {
        Assert.Throws<ArgumentException>(() => CaseNumber.FromText(string.Empty));
        Assert.Throws<ArgumentException>(() => DocumentNumber.FromText(string.Empty));
    }

    [Fact]
    public void Null_is_refused_by_Parse_and_FromText()
    {
        Assert.Throws<ArgumentNullException>(() => CaseNumber.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => CaseNumber.FromText(null!));
        Assert.False(CaseNumber.TryParse(null, out _));
    }
}
