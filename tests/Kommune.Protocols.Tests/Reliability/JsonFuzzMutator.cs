using System.Text;
using System.Text.Json;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>
/// Mutates valid meeting JSON with a dictionary of hostile tokens: blind byte edits (so the
/// reader's syntax errors are exercised) and edits aimed at values (so its checks beyond
/// syntax are: most such inputs are still well-formed JSON with one bad value in it).
/// </summary>
internal sealed class JsonFuzzMutator
{
    /// <summary>Tokens that have broken, or could break, a reader: each replaces a value or lands between bytes.</summary>
    public static readonly string[] Hostile =
    [
        // numbers out of range, fractions, exponents
        "1e309", "-1e309", "-1", "0", "-0", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1E2", "0.0000001",

        // enum variants: the right names in other cases, padded, joined, numeric
        "\"CLOSED\"", "\" closed\"", "\"closed \"", "\"Closed\"", "\"extraordinary, theme\"", "\"1\"", "\"-1\"", "\"open\"", "\"closed\"", "\"theme\"",
        "\"signed\"", "\"public\"", "\"absentWithNotice\"", "\"caseDescription\"", "\"break\"", "\"chair\"", "\"noted\"",

        // durations: centuries, at and over the limit, weeks, negative parts, fractions
        "\"PT100000000H\"", "\"P1000000D\"", "\"PT100000000000000000H\"", "\"P14D\"", "\"-P14D\"", "\"PT337H\"", "\"P1W\"", "\"PT-5M\"", "\"-PT15M\"",
        "\"PT0.000000001S\"", "\"PT0.0000000001S\"", "\"P\"", "\"PT\"",

        // dates, times, instants, numbers as text
        "\"2025-02-30\"", "\"0000-01-01\"", "\"-9998-01-01\"", "\"9999-12-31\"", "\"25:00\"", "\"23:59:59.999999999\"", "\"09:00\"",
        "\"2025-03-05T10:00:00Z\"", "\"2025-03-05T10:00:00+01:00\"", "\"1.a\"", "\"1.a.b\"", "\"9999999\"", "\"24/5333\"",

        // strings: lone surrogates, escaped controls, emoji, empty, long
        "\"\\ud800\"", "\"x\\udc00\"", "\"\\ud83d\\ude00\"", "\"\\u0000\"", "\"\\u001b[31m\"", "\"\\u202e\"", "\"æøå\"", "\"\"", "\"" + new string('x', 5000) + "\"",

        // type swaps
        "null", "true", "false", "{}", "[]", "[null]", "[[]]", "{\"type\":\"paragraph\"}", "{\"type\":\"table\",\"rows\":[{\"cells\":[{\"content\":[]}]}]}",
        "{\"type\":\"video\"}", "{\"runs\":[]}", "{\"text\":\"x\"}", "{\"x\":1}", "{\"$id\":\"1\"}",
    ];

    /// <summary>Raw bytes that are not JSON or not UTF-8.</summary>
    private static readonly byte[][] RawBytes =
    [
        [0xEF, 0xBB, 0xBF], [0xFF], [0xC3], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0x01], [0x1B], "\"\""u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(),
        "}"u8.ToArray(), "]"u8.ToArray(), "{"u8.ToArray(), "/*x*/"u8.ToArray(),
    ];

    private static readonly string[] UnknownProperties = ["\"colour\":1,", "\"$type\":\"x\",", "\"schemaVersion\":2,", "\"\\ud800\":1,", "\"title\":\"igen\",", "\"type\":\"paragraph\","];

    private readonly Random random;

    public JsonFuzzMutator(int seed) => random = new Random(seed);

    public byte[] Mutate(Source source)
    {
        var bytes = new List<byte>(source.Bytes);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            switch (random.Next(10))
            {
                case 0:
                    bytes.RemoveAt(random.Next(bytes.Count));
                    break;
                case 1:
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.InsertRange(random.Next(bytes.Count), RawBytes[random.Next(RawBytes.Length)]);
                    break;
                case 3:
                    // Truncation, sometimes to a few bytes, usually deep inside.
                    var keep = random.Next(4) == 0 ? random.Next(Math.Min(bytes.Count, 40)) : random.Next(bytes.Count);
                    bytes.RemoveRange(keep, bytes.Count - keep);
                    break;
                case 4:
                    var at = random.Next(bytes.Count);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, Math.Min(random.Next(1, 200), bytes.Count - at)));
                    break;
                case 5:
                    bytes.InsertRange(0, RawBytes[0]);
                    break;
                case 6:
                    InsertAfterBrace(bytes, UnknownProperties[random.Next(UnknownProperties.Length)]);
                    break;
                case 7:
                    ReplaceValue(bytes, source, Deep());
                    break;
                default:
                    ReplaceValue(bytes, source, Hostile[random.Next(Hostile.Length)]);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Nesting, as lists or as tables in table cells, from a little to far past any limit.</summary>
    private string Deep()
    {
        var depth = random.Next(1, 300);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"type\":\"table\",\"rows\":[{\"cells\":[{\"content\":[", depth)) + "{\"type\":\"paragraph\"}" + string.Concat(Enumerable.Repeat("]}]}]}", depth));
    }

    private void InsertAfterBrace(List<byte> bytes, string property)
    {
        var brace = bytes.IndexOf((byte)'{', random.Next(bytes.Count));
        if (brace >= 0)
        {
            bytes.InsertRange(brace + 1, Encoding.UTF8.GetBytes(property));
        }
    }

    // Values are found in the unmutated source; earlier edits shift them, which is one more mutation.
    private void ReplaceValue(List<byte> bytes, Source source, string token)
    {
        var (start, length) = source.Values[random.Next(source.Values.Length)];
        if (start + length <= bytes.Count)
        {
            bytes.RemoveRange(start, length);
            bytes.InsertRange(start, Encoding.UTF8.GetBytes(token));
        }
    }

    /// <summary>A valid document and where its values stand.</summary>
    public sealed class Source
    {
        public Source(byte[] bytes)
        {
            Bytes = bytes;
            var values = new List<(int, int)>();
            var reader = new Utf8JsonReader(bytes);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
                {
                    var start = (int)reader.TokenStartIndex;
                    var end = (int)reader.BytesConsumed;
                    values.Add((start, end - start));
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth > 0)
                {
                    var start = (int)reader.TokenStartIndex;
                    var copy = reader;
                    copy.Skip();
                    values.Add((start, (int)copy.BytesConsumed - start));
                }
            }

            Values = [.. values];
        }

        public byte[] Bytes { get; }

        public (int Start, int Length)[] Values { get; }
    }
}
