using Kommune.Protocols.Model;

namespace Kommune.Protocols.Tests.Model;

public class ItemNumberTests
{
    [Fact]
    public void Numbers_written_differently_are_unequal_and_do_not_compare_as_the_same()
    {
        var one = ItemNumber.Parse("1");
        var zeroOne = ItemNumber.Parse("01");

        Assert.NotEqual(one, zeroOne);
        Assert.NotEqual(0, one.CompareTo(zeroOne));
        Assert.Equal(-Math.Sign(one.CompareTo(zeroOne)), Math.Sign(zeroOne.CompareTo(one)));

        // Both still sort between 0 and 2: the text only breaks the tie.
        Assert.True(ItemNumber.Parse("0") < zeroOne && zeroOne < ItemNumber.Parse("2"));
        Assert.True(ItemNumber.Parse("0") < one && one < ItemNumber.Parse("2"));
    }

    [Fact]
    public void Sub_items_order_numerically_then_alphabetically_ignoring_case()
    {
        string[] expected = ["1", "1.1", "1.2", "1.10", "1.a", "1.B", "1.c", "2", "2.1", "10", "138"];
        string[] shuffled = ["1.c", "138", "1.10", "1", "2.1", "1.B", "10", "1.a", "2", "1.2", "1.1"];

        var sorted = shuffled.Select(ItemNumber.Parse).Order().Select(n => n.ToString());

        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void Operators_follow_CompareTo_and_put_null_first()
    {
        var a = ItemNumber.Parse("2.9");
        var b = ItemNumber.Parse("2.10");

        Assert.True(a < b);
        Assert.True(a <= b);
        Assert.False(a > b);
        Assert.False(a >= b);
        Assert.True(a <= ItemNumber.Parse("2.9") && a >= ItemNumber.Parse("2.9"));
        Assert.True(null < a);
        Assert.False(a < null);
        Assert.True((ItemNumber?)null <= null);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "1")]
    [InlineData(138, "138")]
    [InlineData(999_999, "999999")]
    public void FromInt32_writes_the_number_without_leading_zeros(int value, string text)
    {
        var number = ItemNumber.FromInt32(value);

        Assert.Equal(text, number.ToString());
        Assert.Equal(value, number.Main);
        Assert.False(number.IsSubItem);
        Assert.Equal(ItemNumber.Parse(text), number);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    [InlineData(int.MinValue)]
    public void FromInt32_refuses_what_cannot_be_printed_as_an_item_number(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ItemNumber.FromInt32(value));
    }

    [Fact]
    public void SubItem_makes_the_number_of_a_sub_item_keeping_the_main_text()
    {
        Assert.Equal(ItemNumber.Parse("1.a"), ItemNumber.FromInt32(1).SubItem("a"));
        Assert.Equal(ItemNumber.Parse("2.1"), ItemNumber.FromInt32(2).SubItem(1));
        Assert.Equal(ItemNumber.Parse("01.b"), ItemNumber.Parse("01").SubItem("b"));

        var sub = ItemNumber.FromInt32(7).SubItem("c");
        Assert.True(sub.IsSubItem);
        Assert.Equal(7, sub.Main);
        Assert.Equal("c", sub.Sub);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("æ")]
    [InlineData(" a")]
    [InlineData("abcdefg")]
    public void SubItem_refuses_text_that_is_not_a_sub_item(string sub)
    {
        var error = Assert.Throws<ArgumentException>(() => ItemNumber.FromInt32(1).SubItem(sub));

        Assert.Equal("sub", error.ParamName);
    }

    [Fact]
    public void SubItem_refuses_null_negative_and_a_second_level()
    {
        Assert.Throws<ArgumentNullException>(() => ItemNumber.FromInt32(1).SubItem(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ItemNumber.FromInt32(1).SubItem(-1));
        var error = Assert.Throws<InvalidOperationException>(() => ItemNumber.Parse("1.a").SubItem("b"));
        Assert.Contains("'1.a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_show_invisible_characters_escaped()
    {
        var error = Assert.Throws<FormatException>(() => ItemNumber.Parse("1\u0007\n"));

        Assert.StartsWith("'1\\u0007\\u000A' is not an item number: expected digits", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("G")]
    [InlineData("g")]
    public void The_general_format_is_the_text(string? format)
    {
        Assert.Equal("01.a", ItemNumber.Parse("01.a").ToString(format, null));
        Assert.Equal("nr. 01.a", $"nr. {ItemNumber.Parse("01.a")}");
    }

    [Fact]
    public void Other_formats_are_refused()
    {
        var error = Assert.Throws<FormatException>(() => ItemNumber.Parse("1").ToString("D3", null));

        Assert.Contains("'D3'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KleNumbers_order_as_the_subject_index()
    {
        string[] expected = ["00", "00.01", "00.01.00", "00.01.10", "00.32", "00.32.10", "27.12.08"];

        var sorted = Enumerable.Reverse(expected).Select(KleNumber.Parse).Order().Select(k => k.ToString());

        Assert.Equal(expected, sorted);
        Assert.True(KleNumber.Parse("00.32") < KleNumber.Parse("00.32.10"));
        Assert.True(KleNumber.Parse("27") > KleNumber.Parse("00.32.10"));
    }

    [Fact]
    public void Case_and_document_numbers_sort_by_their_text_ordinally()
    {
        var cases = new[] { "24/5333", "00.32.10.S00 24/5333", "2019-012345", "1-40-72-7-22" }.Select(CaseNumber.Parse).Order().Select(c => c.ToString());
        var documents = new[] { "29031/25", "2016-003798-1", "2012-203438" }.Select(DocumentNumber.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["00.32.10.S00 24/5333", "1-40-72-7-22", "2019-012345", "24/5333"], cases);
        Assert.Equal(["2012-203438", "2016-003798-1", "29031/25"], documents);
    }
}
