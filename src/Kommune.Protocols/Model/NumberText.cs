namespace Kommune.Protocols.Model;

/// <summary>Culture-free digit and letter checks shared by the value types.</summary>
internal static class NumberText
{
    public static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Digits, at least <paramref name="min"/> and at most <paramref name="max"/> of them.</summary>
    public static bool IsDigits(ReadOnlySpan<char> text, int min, int max) => text.Length >= min && text.Length <= max && IsDigits(text);

    /// <summary>
    /// A KLE action facet (<i>handlingsfacet</i>): one capital letter and two digits, <c>S00</c>,
    /// <c>G01</c>. The Danish capitals <c>Æ</c>, <c>Ø</c> and <c>Å</c> are letters of the facet
    /// alphabet too (<c>Ø00</c> is used by real ESDH systems); lower case is not a facet.
    /// </summary>
    public static bool IsFacet(ReadOnlySpan<char> text) =>
        text.Length == 3 && IsFacetLetter(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]);

    /// <summary>The value of up to nine ASCII digits; the caller has checked they are digits.</summary>
    public static int Value(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static bool IsFacetLetter(char c) => char.IsAsciiLetterUpper(c) || c is 'Æ' or 'Ø' or 'Å';
}
