namespace Kommune.Protocols.Model;

/// <summary>Culture-free digit checks shared by the value types.</summary>
internal static class NumberText
{
    public static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsFacet(ReadOnlySpan<char> text) =>
        text.Length == 3 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]);
}
