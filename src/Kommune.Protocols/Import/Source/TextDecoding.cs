using System.Text;

namespace Kommune.Protocols.Import;

/// <summary>
/// Turns the input's bytes into text before any XML parsing, so that a wrong encoding
/// declaration costs a report entry instead of the meeting: a byte order mark decides first
/// (UTF-8, UTF-16, UTF-32); without one the XML declaration is read, but the bytes have the
/// last word (declared UTF-8 but not valid UTF-8 is read as windows-1252; declared windows-1252
/// or ISO-8859-1 but valid UTF-8 with non-ASCII letters is read as UTF-8). ISO-8859-1 is read as
/// windows-1252, as browsers do: exports written on Windows put curly quotes and dashes there.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            return Utf8OrFallback(bytes[3..], "a UTF-8 byte order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return new DecodedText(new UTF32Encoding(false, false).GetString(bytes[4..]), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        }

        // UTF-16 without a byte order mark still starts with '<' as two bytes.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0, (byte)'<']))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes), null);
        }

        var declared = DeclaredEncoding(bytes);
        return declared switch
        {
            null or "utf-8" or "utf8" => Utf8OrFallback(bytes, declared is null ? "no declaration (so UTF-8)" : "UTF-8"),
            "windows-1252" or "cp1252" or "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso-8859-15" => Windows1252OrUtf8(bytes, declared),
            "utf-16" or "utf16" or "utf-16le" or "utf-16be" or "ucs-2" => Utf8OrFallback(bytes, $"'{declared}' without a byte order mark, with one byte per letter"),
            _ => Other(bytes, declared),
        };
    }

    private static DecodedText Utf8OrFallback(ReadOnlySpan<byte> bytes, string declared)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(StrictUtf8.GetString(bytes), declared.StartsWith('\'') ? $"the file declares {declared}; it was read as UTF-8, which its bytes are." : null);
        }

        return new DecodedText(Windows1252.GetString(bytes), $"the file declares {declared} but its bytes are not UTF-8; it was read as windows-1252.");
    }

    private static DecodedText Windows1252OrUtf8(ReadOnlySpan<byte> bytes, string declared)
    {
        // Valid UTF-8 with multi-byte letters is almost never meant as windows-1252 ("Ã¸" for "ø").
        if (!System.Text.Ascii.IsValid(bytes) && System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(StrictUtf8.GetString(bytes), $"the file declares {declared} but its bytes are UTF-8 (as 'Ã¸' for 'ø' would show); it was read as UTF-8.");
        }

        return new DecodedText(Windows1252.GetString(bytes), null);
    }

    private static DecodedText Other(ReadOnlySpan<byte> bytes, string declared)
    {
        Encoding? encoding = null;
        try
        {
            encoding = CodePagesEncodingProvider.Instance.GetEncoding(declared) ?? Encoding.GetEncoding(declared);
        }
        catch (ArgumentException)
        {
            // Not an encoding .NET knows; the bytes decide below.
        }

        if (encoding is not null && encoding.IsSingleByte)
        {
            return new DecodedText(encoding.GetString(bytes), null);
        }

        var read = Utf8OrFallback(bytes, "UTF-8");
        return read with { EncodingNote = $"the file declares '{declared}', which is not read here; it was read as {(read.EncodingNote is null ? "UTF-8" : "windows-1252")}." };
    }

    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>The encoding named in <c>&lt;?xml ... encoding="..."?&gt;</c>, lower case, or null.</summary>
    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("<?xml"u8))
        {
            return null;
        }

        var end = bytes[..Math.Min(bytes.Length, 256)].IndexOf("?>"u8);
        if (end < 0)
        {
            return null;
        }

        var declaration = bytes[..end];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + 8)..].TrimStart(" \t\r\n="u8).TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || (rest[0] != '"' && rest[0] != '\''))
        {
            return null;
        }

        var close = rest[1..].IndexOf(rest[0]);
        return close < 0 ? null : Encoding.ASCII.GetString(rest.Slice(1, close)).Trim().ToLowerInvariant();
    }
}
