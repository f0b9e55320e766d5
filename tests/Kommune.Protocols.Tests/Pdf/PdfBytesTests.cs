using System.Text;
using Kommune.Protocols.Pdf.Output;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>The PDF syntax the serializer writes: numbers, names and text strings, each one way, in any culture.</summary>
public class PdfBytesTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.0004, "0")]
    [InlineData(3.0, "3")]
    [InlineData(12.5, "12.5")]
    [InlineData(-3.25, "-3.25")]
    [InlineData(0.005, "0.005")]
    [InlineData(0.05, "0.05")]
    [InlineData(841.9, "841.9")]
    [InlineData(2.0004, "2")]
    [InlineData(2.0006, "2.001")]
    [InlineData(0.9999, "1")]
    [InlineData(1234567.125, "1234567.125")]
    public void Numbers_have_at_most_three_decimals_and_no_trailing_zeros(double value, string expected)
    {
        Assert.Equal(expected, Write(b => b.Number(value)));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e300)]
    public void A_number_a_pdf_cannot_hold_is_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Write(b => b.Number(value)));
    }

    [Fact]
    public void Names_escape_delimiters_spaces_and_non_ascii()
    {
        Assert.Equal("/Scope", Write(b => b.Name("Scope")));
        Assert.Equal("/A#20B#23C#2F#28#C3#A6", Write(b => b.Name("A B#C/(æ")));
    }

    [Fact]
    public void Text_strings_are_literal_for_printable_ascii_and_utf16_otherwise()
    {
        Assert.Equal("(Side \\(1\\) af 2 \\\\)", Write(b => b.TextString("Side (1) af 2 \\")));
        Assert.Equal("<FEFF004600F8006C>", Write(b => b.TextString("Føl")));
        Assert.Equal("<FEFFD83DDE00>", Write(b => b.TextString("\U0001F600")));
        Assert.Equal("<FEFF0041FFFD>", Write(b => b.TextString("A\uD800")));
        Assert.Equal("<FEFF0041000A>", Write(b => b.TextString("A\n")));
    }

    private static string Write(Action<PdfBytes> write)
    {
        var bytes = new PdfBytes(16);
        write(bytes);
        return Encoding.Latin1.GetString(bytes.Written);
    }
}
