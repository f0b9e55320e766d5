using System.Buffers;

namespace Kommune.Protocols.Model;

/// <summary>Which characters a document can carry: the XML 1.0 set, which DOCX, HTML and PDF text all fit in.</summary>
internal static class TextCharacters
{
    // A SearchValues range, not IndexOfAnyExceptInRange: on .NET 10 the generic range search allocated
    // 96 bytes per call (4.5 MB per 2,000-item paper, measured with GC.GetAllocatedBytesForCurrentThread).
    private static readonly SearchValues<char> Common = SearchValues.Create(Range('\u0020', '\uD7FF'));

    /// <summary>The surrogate code units (U+D800-U+DFFF), the only ones that can be unpaired.</summary>
    public static SearchValues<char> Surrogates { get; } = SearchValues.Create(Range('\uD800', '\uDFFF'));

    /// <summary>The index of the first character XML 1.0 cannot carry, or -1.</summary>
    /// <remarks>Allowed: tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and paired surrogates.</remarks>
    public static int FirstUnprintable(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (true)
        {
            // Vectorized skip over the common case (U+0020-U+D7FF holds every Danish and most other text).
            var next = span[i..].IndexOfAnyExcept(Common);
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

    private static string Range(char first, char last) => string.Create(last - first + 1, first, static (span, start) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)(start + i);
        }
    });
}
