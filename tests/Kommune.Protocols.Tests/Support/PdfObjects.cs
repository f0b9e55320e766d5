using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// Every piece of a PDF file as text, independent of any PDF library: the raw bytes (Latin-1),
/// every stream decompressed (Flate), every string object decoded (literal with escapes, or hex;
/// UTF-16 with a byte order mark, UTF-8, or PDFDocEncoding read as Latin-1), so a search for a
/// marker finds it in metadata, XMP, bookmarks, ActualText and any other object.
/// </summary>
public static partial class PdfObjects
{
    public static List<string> Texts(byte[] pdf)
    {
        var texts = new List<string> { Encoding.Latin1.GetString(pdf) };
        foreach (var body in Streams(pdf))
        {
            texts.Add(Encoding.Latin1.GetString(body));
            texts.Add(Encoding.UTF8.GetString(body));
        }

        var raw = new List<string>(texts);
        foreach (var text in raw)
        {
            foreach (Match match in LiteralString().Matches(text))
            {
                texts.Add(Decode(Unescape(match.Groups[1].Value)));
            }

            foreach (Match match in HexString().Matches(text))
            {
                var hex = string.Concat(match.Groups[1].Value.Where(char.IsAsciiHexDigit));
                if (hex.Length % 2 == 1)
                {
                    hex += "0";
                }

                texts.Add(Decode(Convert.FromHexString(hex)));
            }
        }

        return texts;
    }

    private static IEnumerable<byte[]> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = 0;
        while ((at = text.IndexOf("stream\n", at, StringComparison.Ordinal)) >= 0)
        {
            var start = at + "stream\n".Length;
            var end = text.IndexOf("\nendstream", start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            var body = pdf.AsSpan(start, end - start).ToArray();
            yield return Inflate(body) ?? body;
            at = end;
        }
    }

    private static byte[]? Inflate(byte[] body)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(body), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string Decode(byte[] bytes) =>
        bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
        : bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2)
        : bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)
        : Encoding.Latin1.GetString(bytes);

    private static byte[] Unescape(string literal)
    {
        var bytes = new List<byte>(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (c != '\\' || i + 1 == literal.Length)
            {
                bytes.Add((byte)c);
                continue;
            }

            var next = literal[++i];
            switch (next)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'b': bytes.Add((byte)'\b'); break;
                case 'f': bytes.Add((byte)'\f'); break;
                case '\n': break;
                case >= '0' and <= '7':
                    var octal = next - '0';
                    for (var k = 0; k < 2 && i + 1 < literal.Length && literal[i + 1] is >= '0' and <= '7'; k++)
                    {
                        octal = (octal * 8) + (literal[++i] - '0');
                    }

                    bytes.Add((byte)octal);
                    break;
                default: bytes.Add((byte)next); break;
            }
        }

        return [.. bytes];
    }

    // A literal string: balanced parentheses are not needed for the search, escaped ones are kept.
    [GeneratedRegex(@"\(((?:[^()\\]|\\.)*)\)", RegexOptions.Singleline)]
    private static partial Regex LiteralString();

    [GeneratedRegex(@"<([0-9A-Fa-f\s]+)>")]
    private static partial Regex HexString();
}
