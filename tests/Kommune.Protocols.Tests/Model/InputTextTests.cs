namespace Kommune.Protocols.Tests.Model;

/// <summary>How refused input is shown in error messages; the model's and the formatting part's copies must agree.</summary>
public class InputTextTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "", "''" },
        { "24/5333", "'24/5333'" },
        { "5. marts", "'5. marts'" },
        { "Ø00 æ å", "'Ø00 æ å'" },
        { "a\u0000b", "'a\\u0000b'" },
        { "tab\there", "'tab\\u0009here'" },
        { "line\r\n", "'line\\u000D\\u000A'" },
        { "nbsp\u00A0end", "'nbsp\\u00A0end'" },
        { "bidi\u202Eevil", "'bidi\\u202Eevil'" },
        { "zero\u200Bwidth", "'zero\\u200Bwidth'" },
        { "pair\uD83D\uDE00", "'pair\uD83D\uDE00'" },
        { "del\u007F", "'del\\u007F'" },
        { "c1\u0085", "'c1\\u0085'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invisible_characters_are_shown_as_escapes(string input, string shown)
    {
        Assert.Equal(shown, Kommune.Protocols.Model.InputText.Quote(input));
        Assert.Equal(shown, Kommune.Protocols.Formatting.InputText.Quote(input));
    }

    [Fact]
    public void A_lone_surrogate_is_shown_as_an_escape()
    {
        // Not theory data: xunit would replace the lone surrogate when it serializes the case.
        var input = "lone\uD800";

        Assert.Equal("'lone\\uD800'", Kommune.Protocols.Model.InputText.Quote(input));
        Assert.Equal("'lone\\uD800'", Kommune.Protocols.Formatting.InputText.Quote(input));
    }

    [Fact]
    public void Long_input_is_shortened_with_its_length()
    {
        var input = new string('1', 500);

        var shown = Kommune.Protocols.Model.InputText.Quote(input);

        Assert.Equal("'" + new string('1', 60) + "'... (500 characters)", shown);
        Assert.Equal(shown, Kommune.Protocols.Formatting.InputText.Quote(input));
    }

    [Fact]
    public void Shortening_never_splits_a_surrogate_pair()
    {
        var input = new string('x', 59) + "\uD83D\uDE00" + new string('y', 10);

        var shown = Kommune.Protocols.Model.InputText.Quote(input);

        Assert.Equal("'" + new string('x', 59) + "'... (71 characters)", shown);
        Assert.Equal(shown, Kommune.Protocols.Formatting.InputText.Quote(input));
    }
}
