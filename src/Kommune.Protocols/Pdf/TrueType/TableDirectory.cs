namespace Kommune.Protocols.Pdf.TrueType;

/// <summary>
/// The font file's table directory: where each table (<c>head</c>, <c>glyf</c>, ...) lies. Only
/// TrueType outlines are accepted; a CFF-flavoured OpenType font or a font collection is refused
/// by name rather than misread.
/// </summary>
internal sealed class TableDirectory
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint AppleTrueType = 0x74727565; // 'true'
    private const uint Cff = 0x4F54544F; // 'OTTO'
    private const uint Collection = 0x74746366; // 'ttcf'

    private readonly Dictionary<string, FontTable> tables = new(StringComparer.Ordinal);

    public TableDirectory(byte[] data)
    {
        var file = new FontTable("file header", data, 0, data.Length);
        var version = file.UInt32(0);
        if (version is Cff)
        {
            throw file.Malformed("it has CFF (PostScript) outlines; only TrueType outlines are supported");
        }

        if (version is Collection)
        {
            throw file.Malformed("it is a font collection (.ttc); only a single font is supported");
        }

        if (version is not (TrueTypeVersion or AppleTrueType))
        {
            throw file.Malformed($"0x{version:X8} is not a TrueType version tag");
        }

        var count = file.UInt16(4);
        file.Require(12, count * 16L);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (i * 16);
            var tag = Tag(file.UInt32(record));
            var offset = file.UInt32(record + 8);
            var length = file.UInt32(record + 12);
            if ((ulong)offset + length > (ulong)data.Length)
            {
                throw file.Malformed($"the '{tag}' table ({length} bytes at offset {offset}) runs past the end of the {data.Length}-byte file");
            }

            if (!tables.TryAdd(tag, new FontTable($"'{tag}' table", data, (int)offset, (int)length)))
            {
                throw file.Malformed($"the '{tag}' table is listed twice");
            }
        }
    }

    public FontTable Required(string tag) =>
        tables.TryGetValue(tag, out var table) ? table : throw new InvalidDataException($"The font has no '{tag}' table, which a TrueType font needs.");

    public FontTable? Optional(string tag) => tables.TryGetValue(tag, out var table) ? table : null;

    private static string Tag(uint value) =>
        string.Create(4, value, static (chars, v) =>
        {
            for (var i = 0; i < 4; i++)
            {
                chars[i] = (char)((v >> (24 - (8 * i))) & 0xFF);
            }
        });
}
