using Kommune.Protocols.Model;

namespace Kommune.Protocols.Tests.Model;

public class ValueTypeTests
{
    [Theory]
    [InlineData("00", 0, null, null)]
    [InlineData("00.32", 0, 32, null)]
    [InlineData("00.32.10", 0, 32, 10)]
    [InlineData("27.12.08", 27, 12, 8)]
    public void KleNumber_parses_one_to_three_groups(string text, int main, int? group, int? subject)
    {
        var kle = KleNumber.Parse(text);

        Assert.Equal(main, kle.MainGroup);
        Assert.Equal(group, kle.Group);
        Assert.Equal(subject, kle.Subject);
        Assert.Equal(text, kle.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("00.3")]
    [InlineData("00-32-10")]
    [InlineData("00.32.10.05")]
    [InlineData("aa.bb")]
    public void KleNumber_rejects_other_text(string text)
    {
        Assert.False(KleNumber.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => KleNumber.Parse(text));
        Assert.Contains("00.32.10", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("29031/25", "29031", "25")]
    [InlineData("1/2025", "1", "2025")]
    public void DocumentNumber_parses_serial_and_year(string text, string serial, string year)
    {
        var number = DocumentNumber.Parse(text);

        Assert.True(number.IsRecognized);
        Assert.Equal(serial, number.Serial);
        Assert.Equal(year, number.Year);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData("29031")]
    [InlineData("29031/2")]
    [InlineData("/25")]
    [InlineData("29O31/25")]
    [InlineData("29031/25 ")]
    public void DocumentNumber_rejects_other_text_but_FromText_keeps_it(string text)
    {
        Assert.False(DocumentNumber.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => DocumentNumber.Parse(text));
        Assert.Contains("29031/25", error.Message, StringComparison.Ordinal);

        var kept = DocumentNumber.FromText(text);
        Assert.False(kept.IsRecognized);
        Assert.Equal(text, kept.ToString());
    }

    [Theory]
    [InlineData("1", 1, null)]
    [InlineData("138", 138, null)]
    [InlineData("1.a", 1, "a")]
    [InlineData("2.10", 2, "10")]
    public void ItemNumber_parses_main_and_sub(string text, int main, string? sub)
    {
        var number = ItemNumber.Parse(text);

        Assert.Equal(main, number.Main);
        Assert.Equal(sub, number.Sub);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("1.a.b")]
    [InlineData("-1")]
    [InlineData("1 ")]
    [InlineData("12345678")]
    public void ItemNumber_rejects_other_text(string text)
    {
        Assert.False(ItemNumber.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => ItemNumber.Parse(text));
        Assert.Contains("1.a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemNumbers_order_by_number_then_sub_item()
    {
        var sorted = new[] { "10", "2", "1.b", "1", "1.a" }.Select(ItemNumber.Parse).Order().Select(n => n.ToString());

        Assert.Equal(["1", "1.a", "1.b", "2", "10"], sorted);
    }
}
