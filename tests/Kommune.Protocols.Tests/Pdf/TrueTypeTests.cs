using System.Buffers.Binary;
using Kommune.Protocols.Pdf.Text;
using Kommune.Protocols.Pdf.TrueType;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>
/// The TrueType reader and subsetter on the four embedded DejaVu Sans faces. Expected glyph ids and
/// table values were read from the font files by hand (a separate script over the raw tables), not
/// from the library; the subset is checked with <see cref="SfntFile"/>, not with the library's reader.
/// </summary>
public class TrueTypeTests
{
    private const string Sentence = "Kommunalbestyrelsen godkendte på mødet den 18. marts 2025 – efter en længere drøftelse – “Åben sag” om økonomi, café og ǻ.";

    // Regular: ǻ (445) is å (167) plus a ring above (5923), and å is a (68) plus a ring (668).
    private const int SmallARingAcute = 445;
    private const int SmallARing = 167;

    [Theory]
    [InlineData(0, 6253, -2090, -948, 3673, 2524, 0, 0.0, 400)]
    [InlineData(1, 6196, -2190, -850, 4045, 2407, 1, 0.0, 700)]
    [InlineData(2, 5355, -2080, -717, 3398, 2187, 2, -11.0, 400)]
    [InlineData(3, 5413, -2185, -789, 4142, 2295, 3, -11.0, 700)]
    public void Each_face_parses_with_the_values_in_its_tables(int face, int glyphs, short xMin, short yMin, short xMax, short yMax, ushort macStyle, double italicAngle, ushort weight)
    {
        var font = TrueTypeFont.Parse(EmbeddedFonts.Bytes((FontFace)face));

        Assert.Equal(2048, font.UnitsPerEm);
        Assert.Equal(glyphs, font.GlyphCount);
        Assert.Equal((xMin, yMin, xMax, yMax), (font.XMin, font.YMin, font.XMax, font.YMax));
        Assert.Equal(((short)1901, (short)-483, (short)0), (font.Ascender, font.Descender, font.LineGap));
        Assert.Equal(((ushort)1901, (ushort)483), (font.WinAscent, font.WinDescent));
        Assert.Equal(((short)1556, (short)-492, (short)410), (font.TypoAscender, font.TypoDescender, font.TypoLineGap));

        // DejaVu's OS/2 table is version 1, which has no sCapHeight.
        Assert.Equal(font.Ascender, font.CapHeight);
        Assert.Equal(macStyle, font.MacStyle);
        Assert.Equal(italicAngle, font.ItalicAngle);
        Assert.Equal(weight, font.WeightClass);
    }

    [Fact]
    public void Danish_letters_and_punctuation_map_to_their_glyphs_and_the_rest_to_glyph_0()
    {
        var font = EmbeddedFonts.TrueType(FontFace.Regular);

        Assert.Equal(36, font.GlyphId('A'));
        Assert.Equal(168, font.GlyphId('æ'));
        Assert.Equal(186, font.GlyphId('ø'));
        Assert.Equal(SmallARing, font.GlyphId('å'));
        Assert.Equal(2806, font.GlyphId('–'));
        Assert.Equal(2816, font.GlyphId('”'));
        Assert.Equal(5372, font.GlyphId('\uFFFD'));
        Assert.Equal(5373, font.GlyphId(0x10300)); // Old Italic A, outside the BMP
        Assert.Equal(0, font.GlyphId('一')); // CJK, which DejaVu Sans does not cover
        Assert.Equal(0, font.GlyphId(0x2FFFF)); // a noncharacter
        Assert.Equal(0, font.GlyphId(0x10FFFF));
        Assert.Equal(0, font.GlyphId(0x110000));
        Assert.Equal(0, font.GlyphId(-1));
    }

    [Fact]
    public void The_BMP_only_subtable_maps_the_BMP_as_the_full_Unicode_one_does()
    {
        var bytes = EmbeddedFonts.Bytes(FontFace.Regular);
        var full = TrueTypeFont.Parse(bytes);

        // Hide the format 12 subtables (3,10) and (0,4) behind an unknown platform, leaving format 4.
        var cmap = new SfntFile(bytes).Tables.Single(t => t.Tag == "cmap").Offset;
        var count = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(cmap + 2));
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + (8 * i);
            var subtable = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(record + 4));
            if (BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(subtable)) == 12)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(record), 2);
            }
        }

        var bmpOnly = TrueTypeFont.Parse(bytes);
        for (var c = 0; c < 0x10000; c++)
        {
            if (full.GlyphId(c) != bmpOnly.GlyphId(c))
            {
                Assert.Fail($"U+{c:X4}: format 12 gives {full.GlyphId(c)}, format 4 gives {bmpOnly.GlyphId(c)}.");
            }
        }

        Assert.Equal(0, bmpOnly.GlyphId(0x10300));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Advance_widths_agree_with_the_glyph_map(int face)
    {
        var font = EmbeddedFonts.TrueType((FontFace)face);
        var map = GlyphMap.For((FontFace)face);

        foreach (var c in Sentence + "\uFFFD")
        {
            Assert.True(map.Draws(c));
            Assert.Equal(font.AdvanceWidth(font.GlyphId(c)) * 1000.0 / font.UnitsPerEm, map.Width([c], 1000));
        }
    }

    [Fact]
    public void Glyphs_past_the_last_full_metric_take_its_advance()
    {
        var bytes = EmbeddedFonts.Bytes(FontFace.Regular);
        var font = TrueTypeFont.Parse(bytes);
        var file = new SfntFile(bytes);
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(file["hhea"][34..]);
        var last = BinaryPrimitives.ReadUInt16BigEndian(file["hmtx"][(4 * (metrics - 1))..]);

        Assert.True(metrics < font.GlyphCount);
        Assert.Equal(last, font.AdvanceWidth(font.GlyphCount - 1));
        Assert.Equal(BinaryPrimitives.ReadUInt16BigEndian(file["hmtx"][(4 * 36)..]), font.AdvanceWidth(36));
        Assert.Throws<ArgumentOutOfRangeException>(() => font.AdvanceWidth(font.GlyphCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => font.AdvanceWidth(-1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_subset_keeps_the_glyphs_of_a_sentence_byte_for_byte_and_empties_the_rest(int face)
    {
        var original = EmbeddedFonts.Bytes((FontFace)face);
        var font = TrueTypeFont.Parse(original);
        var glyphs = GlyphsOf(font, Sentence);

        var subset = font.Subset(glyphs);
        var parsed = TrueTypeFont.Parse(subset);
        var before = new SfntFile(original);
        var after = new SfntFile(subset);

        Assert.Equal(font.GlyphCount, parsed.GlyphCount);
        Assert.Equal((font.UnitsPerEm, font.Ascender, font.Descender, font.WinAscent, font.ItalicAngle), (parsed.UnitsPerEm, parsed.Ascender, parsed.Descender, parsed.WinAscent, parsed.ItalicAngle));
        Assert.Equal(0, parsed.GlyphId('A'));
        foreach (var glyph in glyphs.Append(0))
        {
            var bytes = before.Glyph(glyph);
            Assert.Equal([.. bytes, .. new byte[((bytes.Length + 3) & ~3) - bytes.Length]], after.Glyph(glyph));
            Assert.Equal(font.AdvanceWidth(glyph), parsed.AdvanceWidth(glyph));
        }

        var unused = font.GlyphId('Z');
        Assert.DoesNotContain(unused, glyphs);
        Assert.NotEmpty(before.Glyph(unused));
        Assert.Empty(after.Glyph(unused));
        Assert.Equal(0, parsed.AdvanceWidth(unused));
        Assert.Equal(before["hmtx"].Length, after["hmtx"].Length);
    }

    [Fact]
    public void The_parts_of_composite_glyphs_are_kept_down_to_the_last_level()
    {
        var original = EmbeddedFonts.Bytes(FontFace.Regular);
        var subset = new SfntFile(TrueTypeFont.Parse(original).Subset([SmallARingAcute]));
        var before = new SfntFile(original);

        // ǻ = å + acute; å = a + ring: none of the parts was asked for.
        foreach (var glyph in new[] { SmallARingAcute, 5923, SmallARing, 68, 668 })
        {
            Assert.NotEmpty(subset.Glyph(glyph));
            Assert.Equal(before.Glyph(glyph), subset.Glyph(glyph)[..before.Glyph(glyph).Length]);
        }

        Assert.True(BinaryPrimitives.ReadInt16BigEndian(before.Glyph(SmallARingAcute)) < 0);
        Assert.True(BinaryPrimitives.ReadInt16BigEndian(before.Glyph(SmallARing)) < 0);
        Assert.Empty(subset.Glyph(36));
    }

    [Fact]
    public void A_subset_has_the_tables_a_PDF_needs_in_a_valid_sorted_checksummed_directory()
    {
        var font = EmbeddedFonts.TrueType(FontFace.Italic);
        var data = font.Subset(GlyphsOf(font, Sentence));
        var file = new SfntFile(data);

        Assert.Equal(["OS/2", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post", "prep"], file.Tables.Select(t => t.Tag));
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(data));
        Assert.Equal(128, BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(6))); // searchRange: 8 tables * 16
        Assert.Equal(3, BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(8))); // entrySelector: log2(8)
        Assert.Equal(48, BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(10))); // rangeShift: 11 * 16 - 128

        var end = 12 + (16 * file.Tables.Count);
        foreach (var table in file.Tables.OrderBy(t => t.Offset))
        {
            Assert.Equal(0, table.Offset % 4);
            Assert.True(table.Offset >= end, $"'{table.Tag}' overlaps the table before it.");
            end = table.Offset + ((table.Length + 3) & ~3);

            var bytes = data.AsSpan(table.Offset, table.Length).ToArray();
            if (table.Tag == "head")
            {
                bytes.AsSpan(8, 4).Clear();
            }

            Assert.True(SfntFile.Checksum(bytes) == table.Checksum, $"'{table.Tag}' checksum");
        }

        Assert.Equal(data.Length, end);

        // checkSumAdjustment makes the whole file sum to the magic number.
        Assert.Equal(0xB1B0AFBAu, SfntFile.Checksum(data));
        Assert.Equal(1, BinaryPrimitives.ReadInt16BigEndian(file["head"][50..]));
        Assert.Equal(4 * (font.GlyphCount + 1), file["loca"].Length);
        Assert.Equal(32, file["post"].Length);
        Assert.Equal(0x00030000u, BinaryPrimitives.ReadUInt32BigEndian(file["post"]));
        Assert.Equal(-11 * 65536, BinaryPrimitives.ReadInt32BigEndian(file["post"][4..]));
    }

    [Fact]
    public void The_same_glyphs_give_the_same_bytes_in_any_order()
    {
        var font = EmbeddedFonts.TrueType(FontFace.Bold);
        var glyphs = GlyphsOf(font, Sentence);

        var first = font.Subset(glyphs);
        Assert.Equal(first, font.Subset(glyphs));
        Assert.Equal(first, font.Subset([.. glyphs.AsEnumerable().Reverse(), .. glyphs]));
        Assert.NotEqual(first, font.Subset([.. glyphs, font.GlyphId('Z')]));
    }

    [Fact]
    public void A_glyph_the_font_does_not_have_cannot_be_kept()
    {
        var font = EmbeddedFonts.TrueType(FontFace.Regular);

        Assert.Throws<ArgumentOutOfRangeException>(() => font.Subset([font.GlyphCount]));
        Assert.Throws<ArgumentOutOfRangeException>(() => font.Subset([-1]));
    }

    [Fact]
    public void Without_OS2_and_post_tables_their_values_are_zero_and_the_cap_height_is_the_ascender()
    {
        var bytes = EmbeddedFonts.Bytes(FontFace.Italic);
        foreach (var table in new SfntFile(bytes).Tables.Where(t => t.Tag is "OS/2" or "post"))
        {
            var record = 12 + (16 * new SfntFile(bytes).Tables.IndexOf(table));
            bytes[record + 3] = (byte)'X';
        }

        var font = TrueTypeFont.Parse(bytes);

        Assert.Equal((0, 0, 0, 0, 0, 0), (font.WinAscent, font.WinDescent, font.TypoAscender, font.TypoDescender, font.TypoLineGap, font.WeightClass));
        Assert.Equal(font.Ascender, font.CapHeight);
        Assert.Equal(0.0, font.ItalicAngle);
        Assert.DoesNotContain(new SfntFile(font.Subset([36])).Tables, t => t.Tag is "OS/2" or "post");
    }

    [Fact]
    public void A_truncated_font_is_refused_with_InvalidDataException()
    {
        var bytes = EmbeddedFonts.Bytes(FontFace.Regular);
        var dataEnd = new SfntFile(bytes).Tables.Max(t => t.Offset + t.Length);
        int[] cuts = [0, 1, 4, 11, 12, 13, 12 + (16 * 5), 12 + (16 * 20) - 1, 1000, 100_000, bytes.Length / 2, dataEnd - 1000, dataEnd - 1];

        foreach (var cut in cuts.Concat(Enumerable.Range(1, 40).Select(i => dataEnd * i / 41)))
        {
            Assert.Throws<InvalidDataException>(() => TrueTypeFont.Parse(bytes[..cut]));
        }
    }

    [Fact]
    public void Garbage_is_refused_with_InvalidDataException()
    {
        var random = new Random(20250305);
        foreach (var length in new[] { 0, 3, 12, 64, 4096, 100_000 })
        {
            var garbage = new byte[length];
            random.NextBytes(garbage);
            Assert.Throws<InvalidDataException>(() => TrueTypeFont.Parse(garbage));
            Assert.Throws<InvalidDataException>(() => TrueTypeFont.Parse(new byte[length]));
        }

        var message = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Parse([.. "OTTO"u8, .. new byte[100]])).Message;
        Assert.Contains("CFF", message, StringComparison.Ordinal);
        Assert.Contains("collection", Assert.Throws<InvalidDataException>(() => TrueTypeFont.Parse([.. "ttcf"u8, .. new byte[100]])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_offset_or_length_that_lies_gives_InvalidDataException_and_nothing_else()
    {
        var original = EmbeddedFonts.Bytes(FontFace.Regular);
        var file = new SfntFile(original);
        for (var i = 0; i < file.Tables.Count; i++)
        {
            var record = 12 + (16 * i);
            var tag = file.Tables[i].Tag;
            foreach (var (field, value) in new[] { (8, 0xFFFFFFF0u), (12, 0xFFFFFFF0u), (8, (uint)original.Length - 2) })
            {
                var bytes = (byte[])original.Clone();
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(record + field), value);
                var message = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Parse(bytes)).Message;
                Assert.Contains($"'{tag}'", message, StringComparison.Ordinal);
            }

            // Pointing at another table's bytes, or at none, may still parse; it may not crash.
            foreach (var other in file.Tables)
            {
                var bytes = (byte[])original.Clone();
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(record + 8), (uint)other.Offset);
                Exercise(bytes);
            }

            var empty = (byte[])original.Clone();
            BinaryPrimitives.WriteUInt32BigEndian(empty.AsSpan(record + 12), 0);
            Exercise(empty);
        }
    }

    [Fact]
    public void Damaged_structure_bytes_give_InvalidDataException_and_nothing_else()
    {
        var original = EmbeddedFonts.Bytes(FontFace.Regular);
        var file = new SfntFile(original);
        var regions = new List<(int Start, int Length)> { (0, 12 + (16 * file.Tables.Count)) };
        foreach (var table in file.Tables.Where(t => t.Tag is "head" or "hhea" or "maxp" or "OS/2" or "post" or "cmap" or "loca"))
        {
            regions.Add((table.Offset, Math.Min(table.Length, 600)));
        }

        // The composite glyphs the sentence uses, so component records get damaged too.
        var loca = file.Tables.Single(t => t.Tag == "loca").Offset;
        var glyf = file.Tables.Single(t => t.Tag == "glyf").Offset;
        foreach (var glyph in new[] { SmallARingAcute, SmallARing })
        {
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(original.AsSpan(loca + (4 * glyph)));
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(original.AsSpan(loca + (4 * (glyph + 1))));
            regions.Add((glyf + start, end - start));
        }

        var random = new Random(5032025);
        for (var round = 0; round < 400; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var n = random.Next(1, 5); n > 0; n--)
            {
                var (start, length) = regions[random.Next(regions.Count)];
                bytes[start + random.Next(length)] = (byte)random.Next(256);
            }

            Exercise(bytes);
        }
    }

    private static List<int> GlyphsOf(TrueTypeFont font, string text) =>
        [.. text.EnumerateRunes().Select(r => (int)font.GlyphId(r.Value)).Distinct()];

    // Parses, maps, measures and subsets a damaged font: anything may fail, but only as InvalidDataException.
    private static void Exercise(byte[] bytes)
    {
        var error = Record.Exception(() =>
        {
            var font = TrueTypeFont.Parse(bytes);
            var glyphs = GlyphsOf(font, Sentence + "\uFFFD\U00010300");
            foreach (var glyph in glyphs)
            {
                _ = font.AdvanceWidth(glyph);
            }

            TrueTypeFont.Parse(font.Subset(glyphs));
        });
        Assert.True(error is null or InvalidDataException, $"{error?.GetType().Name}: {error?.Message}");
    }
}
