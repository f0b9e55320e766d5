using System.Buffers.Binary;

namespace Kommune.Protocols.Pdf.TrueType;

/// <summary>
/// Cuts a font down to the glyphs a document draws, for embedding as a CIDFontType2 with an
/// identity CID-to-glyph map. Glyph ids therefore stay as they are: the glyphs not kept are left
/// empty (zero length in <c>loca</c>, zero metrics in <c>hmtx</c>) instead of being removed, which
/// costs a few bytes per glyph before compression and next to nothing after. Tables a PDF reader
/// does not use for an embedded CID font (<c>cmap</c>, <c>name</c>, layout tables) are left out.
/// </summary>
internal sealed class FontSubsetter
{
    private const int IndexToLocFormat = 50;
    private const int PostHeaderSize = 32;

    private readonly TableDirectory tables;
    private readonly int[] glyphOffsets;
    private readonly int numberOfHMetrics;

    public FontSubsetter(TableDirectory tables, int[] glyphOffsets, int numberOfHMetrics)
    {
        this.tables = tables;
        this.glyphOffsets = glyphOffsets;
        this.numberOfHMetrics = numberOfHMetrics;
    }

    private int GlyphCount => glyphOffsets.Length - 1;

    public byte[] Subset(IReadOnlyCollection<int> glyphs)
    {
        var glyf = tables.Required("glyf");
        var kept = Closure(glyf, glyphs);
        var (newGlyf, newLoca) = GlyphData(glyf, kept);
        var head = tables.Required("head").Bytes.ToArray();
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(IndexToLocFormat), 1);

        var written = new List<(string Tag, byte[] Bytes)>
        {
            ("head", head),
            ("hhea", tables.Required("hhea").Bytes.ToArray()),
            ("maxp", tables.Required("maxp").Bytes.ToArray()),
            ("hmtx", Metrics(kept)),
            ("loca", newLoca),
            ("glyf", newGlyf),
        };
        foreach (var tag in (ReadOnlySpan<string>)["OS/2", "cvt ", "fpgm", "prep"])
        {
            if (tables.Optional(tag) is { } table)
            {
                written.Add((tag, table.Bytes.ToArray()));
            }
        }

        if (tables.Optional("post") is { } post)
        {
            // Format 3.0 keeps the italic angle and underline but drops the glyph names.
            var header = post.Bytes[..PostHeaderSize].ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
            written.Add(("post", header));
        }

        return FontFileWriter.Write(written);
    }

    // The requested glyphs, glyph 0 (drawn for anything missing) and every component they are built from.
    private bool[] Closure(FontTable glyf, IReadOnlyCollection<int> glyphs)
    {
        var kept = new bool[GlyphCount];
        var pending = new List<int>(glyphs.Count + 1) { 0 };
        foreach (var glyph in glyphs)
        {
            if ((uint)glyph >= (uint)GlyphCount)
            {
                throw new ArgumentOutOfRangeException(nameof(glyphs), glyph, $"The font has glyphs 0 to {GlyphCount - 1}.");
            }

            pending.Add(glyph);
        }

        while (pending.Count > 0)
        {
            var glyph = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            if (kept[glyph])
            {
                continue;
            }

            kept[glyph] = true;
            CompositeGlyph.AddComponents(Glyph(glyf, glyph), GlyphCount, pending);
        }

        return kept;
    }

    private (byte[] Glyf, byte[] Loca) GlyphData(FontTable glyf, bool[] kept)
    {
        var size = 0;
        for (var g = 0; g < kept.Length; g++)
        {
            if (kept[g])
            {
                size += FontFileWriter.Padded(glyphOffsets[g + 1] - glyphOffsets[g]);
            }
        }

        var data = new byte[size];
        var loca = new byte[4 * (kept.Length + 1)];
        var offset = 0;
        for (var g = 0; g < kept.Length; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)offset);
            if (kept[g])
            {
                var glyph = Glyph(glyf, g).Bytes;
                glyph.CopyTo(data.AsSpan(offset));
                offset += FontFileWriter.Padded(glyph.Length);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * kept.Length), (uint)offset);
        return (data, loca);
    }

    // Same layout as the font's (numberOfHMetrics pairs, then left side bearings), zeros for glyphs not kept.
    private byte[] Metrics(bool[] kept)
    {
        var hmtx = tables.Required("hmtx").Bytes.ToArray();
        for (var g = 0; g < kept.Length; g++)
        {
            if (kept[g])
            {
                continue;
            }

            var (at, size) = g < numberOfHMetrics ? (4 * g, 4) : ((4 * numberOfHMetrics) + (2 * (g - numberOfHMetrics)), 2);
            if (at + size <= hmtx.Length)
            {
                hmtx.AsSpan(at, size).Clear();
            }
        }

        return hmtx;
    }

    private FontTable Glyph(FontTable glyf, int glyph) =>
        glyf.Slice($"glyph {glyph} in the 'glyf' table", glyphOffsets[glyph], glyphOffsets[glyph + 1] - glyphOffsets[glyph]);
}
