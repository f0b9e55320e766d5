namespace Kommune.Protocols.Formatting;

/// <summary>A position in text being read by the Danish date and time readers.</summary>
internal ref struct TextCursor
{
    private readonly ReadOnlySpan<char> text;

    public TextCursor(ReadOnlySpan<char> text)
    {
        this.text = text;
        Position = 0;
    }

    public int Position { get; set; }

    public readonly bool AtEnd => Position >= text.Length;

    /// <summary>The character at the position, or <c>'\0'</c> at the end.</summary>
    public readonly char Current => AtEnd ? '\0' : text[Position];

    public readonly bool IsDigitAt(int offset) => Position + offset < text.Length && char.IsAsciiDigit(text[Position + offset]);

    public readonly bool IsLetter => !AtEnd && char.IsLetter(text[Position]);

    public readonly bool IsSpace => !AtEnd && char.IsWhiteSpace(text[Position]);

    /// <summary>Skips white space of any kind (no-break spaces included); returns whether there was any.</summary>
    public bool SkipSpaces()
    {
        var start = Position;
        while (IsSpace)
        {
            Position++;
        }

        return Position > start;
    }

    public bool Skip(char c)
    {
        if (AtEnd || text[Position] != c)
        {
            return false;
        }

        Position++;
        return true;
    }

    /// <summary>Reads a run of ASCII digits; returns how many there were. Values of more than nine digits are not needed and read as -1.</summary>
    public int ReadDigits(out int value)
    {
        var start = Position;
        value = 0;
        while (!AtEnd && char.IsAsciiDigit(text[Position]))
        {
            value = Position - start < 9 ? (value * 10) + (text[Position] - '0') : -1;
            Position++;
        }

        return Position - start;
    }

    /// <summary>Reads a run of letters (any script: <c>lørdag</c> has an <c>ø</c>).</summary>
    public ReadOnlySpan<char> ReadWord()
    {
        var start = Position;
        while (IsLetter)
        {
            Position++;
        }

        return text[start..Position];
    }

    /// <summary>Reads the word at the position if it is one of <paramref name="words"/> (ignoring case); otherwise stays put.</summary>
    public bool SkipWord(params ReadOnlySpan<string> words)
    {
        var start = Position;
        var word = ReadWord();
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        Position = start;
        return false;
    }
}
