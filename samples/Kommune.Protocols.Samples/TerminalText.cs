using System.Globalization;
using System.Text;

namespace Kommune.Protocols.Samples;

/// <summary>
/// Text bound for a terminal, made harmless: file names and JSON values can hold escape
/// sequences (ESC [ 2 J clears the screen), NUL, other C0 and C1 controls, line breaks that
/// forge extra output lines, and bidirectional controls that make text read differently from
/// what it is. Each is shown as <c>\u001B</c>; everything else, Danish letters and emoji
/// included, as is.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!pair && IsUnsafe(c))
            {
                escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                continue;
            }

            escaped?.Append(c);
            if (pair)
            {
                i++;
                escaped?.Append(text[i]);
            }
        }

        return escaped?.ToString() ?? text;
    }

    // C0 and DEL, C1, the Arabic letter mark, the bidi marks, embeddings, overrides and
    // isolates, the line and paragraph separators, and (unpaired) surrogates.
    private static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || char.IsSurrogate(c);
}
