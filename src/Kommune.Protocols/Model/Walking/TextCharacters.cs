namespace Kommune.Protocols.Model;

/// <summary>Which characters a document can carry: the XML 1.0 set, which DOCX, HTML and PDF text all fit in.</summary>
internal static class TextCharacters
{
    /// <summary>The index of the first character XML 1.0 cannot carry, or -1.</summary>
    /// <remarks>Allowed: tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and paired surrogates.</remarks>
    public static int FirstUnprintable(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (true)
        {
            // Vectorized skip over the common case (U+0020-U+D7FF holds every Danish and most other text).
            var next = span[i..].IndexOfAnyExceptInRange('\u0020', '\uD7FF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            var c = span[i];
            if (c is '\t' or '\n' or '\r' || (c >= '\uE000' && c <= '\uFFFD'))
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i += 2;
            }
            else
            {
                return i;
            }
        }
    }
}
