namespace Kommune.Protocols.Pdf.TrueType;

/// <summary>
/// The font's Unicode character-to-glyph map, unpacked once from the <c>cmap</c> table: a flat array
/// for the BMP, because the line breaker asks for every character it measures, and sorted ranges
/// for the supplementary planes, which text rarely reaches. Glyph ids the font does not have count
/// as unmapped.
/// </summary>
internal sealed class CharacterMap
{
    private const int Bmp = 0x10000;
    private const int LastCodePoint = 0x10FFFF;

    private readonly ushort[] bmp = new ushort[Bmp];

    // Supplementary-plane ranges, ascending and disjoint: first and last code point, glyph of the first.
    private readonly int[] rangeStarts;
    private readonly int[] rangeEnds;
    private readonly int[] rangeGlyphs;

    private CharacterMap()
    {
        rangeStarts = rangeEnds = rangeGlyphs = [];
    }

    /// <summary>Maps nothing: for a font without a cmap, such as a subset made for a PDF, which maps codes to glyphs itself.</summary>
    public static CharacterMap None { get; } = new();

    public CharacterMap(FontTable cmap, int glyphCount)
    {
        var subtable = Choose(cmap);
        var starts = new List<int>();
        var ends = new List<int>();
        var glyphs = new List<int>();
        if (cmap.UInt16(subtable) == 12)
        {
            ReadSegmentedCoverage(cmap, subtable, glyphCount, starts, ends, glyphs);
        }
        else
        {
            ReadSegmentMapping(cmap, subtable, glyphCount);
        }

        rangeStarts = [.. starts];
        rangeEnds = [.. ends];
        rangeGlyphs = [.. glyphs];
    }

    public ushort GlyphId(int codePoint)
    {
        if ((uint)codePoint < Bmp)
        {
            return bmp[codePoint];
        }

        var index = Array.BinarySearch(rangeEnds, codePoint);
        if (index < 0)
        {
            index = ~index;
        }

        return index < rangeEnds.Length && codePoint >= rangeStarts[index]
            ? (ushort)(rangeGlyphs[index] + (codePoint - rangeStarts[index]))
            : (ushort)0;
    }

    // Full Unicode (format 12) before BMP-only (format 4), Windows before Unicode platform, as
    // Windows and most PDF readers pick.
    private static int Choose(FontTable cmap)
    {
        var count = cmap.UInt16(2);
        cmap.Require(4, count * 8L);
        var best = -1;
        var bestRank = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (i * 8);
            var platform = cmap.UInt16(record);
            var encoding = cmap.UInt16(record + 2);
            var offset = cmap.Offset(record + 4);
            var rank = (platform, encoding, cmap.UInt16(offset)) switch
            {
                (3, 10, 12) => 0,
                (0, _, 12) => 1,
                (3, 1, 4) => 2,
                (0, _, 4) => 3,
                _ => int.MaxValue,
            };
            if (rank < bestRank)
            {
                best = offset;
                bestRank = rank;
            }
        }

        return best >= 0 ? best : throw cmap.Malformed("it has no Unicode subtable in format 4 or 12");
    }

    private void ReadSegmentedCoverage(FontTable cmap, int at, int glyphCount, List<int> starts, List<int> ends, List<int> glyphs)
    {
        var count = cmap.UInt32(at + 12);
        cmap.Require(at + 16, count * 12L);
        var previousEnd = -1;
        for (var i = 0; i < (int)count; i++)
        {
            var group = at + 16 + (i * 12);
            var first = cmap.UInt32(group);
            var last = cmap.UInt32(group + 4);
            var glyph = cmap.UInt32(group + 8);
            if (first > last || first > LastCodePoint || (long)first <= previousEnd)
            {
                throw cmap.Malformed($"format 12 group {i} (U+{first:X4} to U+{last:X4}) is empty, outside Unicode or out of order");
            }

            var end = (int)Math.Min(last, LastCodePoint);
            previousEnd = end;

            // Keep only the part whose glyph ids the font has.
            if (glyph >= (uint)glyphCount)
            {
                continue;
            }

            end = (int)Math.Min(end, first + (glyphCount - 1 - glyph));
            for (var c = (int)first; c <= end && c < Bmp; c++)
            {
                bmp[c] = (ushort)(glyph + (c - first));
            }

            if (end >= Bmp)
            {
                var start = (int)Math.Max(first, Bmp);
                starts.Add(start);
                ends.Add(end);
                glyphs.Add((int)(glyph + (start - first)));
            }
        }
    }

    private void ReadSegmentMapping(FontTable cmap, int at, int glyphCount)
    {
        var segCountX2 = cmap.UInt16(at + 6);
        if (segCountX2 == 0 || segCountX2 % 2 != 0)
        {
            throw cmap.Malformed($"format 4 segCountX2 is {segCountX2}, not a positive even number");
        }

        var ends = at + 14;
        var starts = ends + segCountX2 + 2;
        var deltas = starts + segCountX2;
        var rangeOffsets = deltas + segCountX2;
        cmap.Require(ends, (4L * segCountX2) + 2);
        for (var seg = 0; seg < segCountX2 / 2; seg++)
        {
            var end = cmap.UInt16(ends + (2 * seg));
            var start = cmap.UInt16(starts + (2 * seg));
            var delta = cmap.UInt16(deltas + (2 * seg));
            var rangeOffset = cmap.UInt16(rangeOffsets + (2 * seg));
            for (var c = (int)start; c <= end; c++)
            {
                var glyph = rangeOffset == 0
                    ? (c + delta) & 0xFFFF
                    : cmap.UInt16(rangeOffsets + (2 * seg) + rangeOffset + (2 * (c - start)));
                if (rangeOffset != 0 && glyph != 0)
                {
                    glyph = (glyph + delta) & 0xFFFF;
                }

                // Where malformed segments overlap, the first one's mapping stands.
                if (bmp[c] == 0 && glyph < glyphCount)
                {
                    bmp[c] = (ushort)glyph;
                }
            }
        }
    }
}
