using System.Text;

namespace Kommune.Protocols.Import;

/// <summary>
/// Mends the two faults real exports have that would otherwise stop an XML parser at the first
/// one and lose the meeting: raw characters XML 1.0 cannot carry (form feeds, NUL) are removed,
/// and an <c>&amp;</c> that starts no XML reference (<c>Vej &amp; Park</c>, an HTML
/// <c>&amp;nbsp;</c> outside CDATA) is escaped so it reads as text (an HTML field then decodes
/// <c>&amp;nbsp;</c> itself). CDATA sections, comments and processing instructions are left
/// alone. One pass, and no copy when there is nothing to mend.
/// </summary>
internal static class XmlRepair
{
    public static string Mend(string text, out Found removed, out Found escaped)
    {
        removed = default;
        escaped = default;
        StringBuilder? mended = null;
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }

            if (c == '<' && SkipsVerbatim(text, i, out var end))
            {
                // CDATA, comments and processing instructions keep their ampersands, but not characters XML cannot carry.
                for (var j = i; j < end; j++)
                {
                    if (text[j] == '\n')
                    {
                        line++;
                    }

                    var width = Unprintable(text, j);
                    if (width > 0)
                    {
                        mended ??= new StringBuilder(text.Length).Append(text, 0, j);
                        removed = removed.Add(line);
                        j += width - 1;
                        continue;
                    }

                    mended?.Append(text[j]);
                }

                i = end;
                continue;
            }

            var bad = Unprintable(text, i);
            if (bad > 0)
            {
                mended ??= new StringBuilder(text.Length).Append(text, 0, i);
                removed = removed.Add(line);
                i += bad;
                continue;
            }

            if (c == '&' && !StartsReference(text, i))
            {
                mended ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                mended.Append("&amp;");
                escaped = escaped.Add(line);
                i++;
                continue;
            }

            mended?.Append(c);
            i++;
        }

        return mended?.ToString() ?? text;
    }

    /// <summary>0 when the character at <paramref name="i"/> is one XML 1.0 allows, else how many characters to drop (1).</summary>
    private static int Unprintable(string text, int i)
    {
        var c = text[i];
        if (c >= '\u0020' && c <= '\uD7FF')
        {
            return 0;
        }

        if (c is '\t' or '\n' or '\r' || (c >= '\uE000' && c <= '\uFFFD'))
        {
            return 0;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return 0;
        }

        return 1;
    }

    private static bool SkipsVerbatim(string text, int at, out int end)
    {
        var span = text.AsSpan(at);
        var (open, close) = span.StartsWith("<![CDATA[", StringComparison.Ordinal) ? ("<![CDATA[", "]]>")
            : span.StartsWith("<!--", StringComparison.Ordinal) ? ("<!--", "-->")
            : span.StartsWith("<?", StringComparison.Ordinal) ? ("<?", "?>")
            : (null, null);
        if (open is null)
        {
            end = at;
            return false;
        }

        var found = text.IndexOf(close!, at + open.Length, StringComparison.Ordinal);
        end = found < 0 ? text.Length : found + close!.Length;
        return true;
    }

    /// <summary>Whether <c>&amp;</c> at <paramref name="at"/> starts <c>&amp;#10;</c>, <c>&amp;#xA;</c> or one of XML's five named references.</summary>
    private static bool StartsReference(string text, int at)
    {
        var span = text.AsSpan(at + 1, Math.Min(12, text.Length - at - 1));
        var semicolon = span.IndexOf(';');
        if (semicolon <= 0)
        {
            return false;
        }

        var name = span[..semicolon];
        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            return true;
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var digits = name[1..];
            return digits[0] is 'x' or 'X'
                ? digits.Length > 1 && digits[1..].ContainsOnlyHex()
                : digits.ContainsOnlyDigits();
        }

        return false;
    }

    /// <summary>How many times something was mended, and the first line it was on.</summary>
    internal readonly record struct Found(int Count, int FirstLine)
    {
        public Found Add(int line) => new(Count + 1, Count == 0 ? line : FirstLine);
    }
}
