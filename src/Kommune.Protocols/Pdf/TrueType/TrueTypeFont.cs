namespace Kommune.Protocols.Pdf.TrueType;

/// <summary>
/// A TrueType font read from its bytes: the metrics a PDF font descriptor and the line layout
/// need, the Unicode character-to-glyph map, advance widths, and subsets for embedding. The tables
/// are read and checked in <see cref="Parse"/>, so a damaged font fails there, with an
/// <see cref="InvalidDataException"/> that names the table; glyph outlines are only looked into by
/// <see cref="Subset"/>, which fails the same way on a damaged composite glyph. Immutable and
/// shared between threads.
/// </summary>
internal sealed class TrueTypeFont
{
    private const uint HeadMagic = 0x5F0F3CF5;

    private readonly CharacterMap characterMap;
    private readonly ushort[] advances;
    private readonly FontSubsetter subsetter;

    private TrueTypeFont(byte[] data)
    {
        var tables = new TableDirectory(data);

        var head = tables.Required("head");
        head.Require(0, 54);
        if (head.UInt32(12) != HeadMagic)
        {
            throw head.Malformed($"its magic number is 0x{head.UInt32(12):X8}, not 0x{HeadMagic:X8}");
        }

        UnitsPerEm = head.UInt16(18);
        if (UnitsPerEm is < 16 or > 16384)
        {
            throw head.Malformed($"unitsPerEm is {UnitsPerEm}, outside 16 to 16384");
        }

        XMin = head.Int16(36);
        YMin = head.Int16(38);
        XMax = head.Int16(40);
        YMax = head.Int16(42);
        MacStyle = head.UInt16(44);
        var longOffsets = head.Int16(50) switch
        {
            0 => false,
            1 => true,
            var other => throw head.Malformed($"indexToLocFormat is {other}, neither 0 (short) nor 1 (long)"),
        };

        var maxp = tables.Required("maxp");
        GlyphCount = maxp.UInt16(4);
        if (GlyphCount == 0)
        {
            throw maxp.Malformed("it says the font has no glyphs");
        }

        var hhea = tables.Required("hhea");
        Ascender = hhea.Int16(4);
        Descender = hhea.Int16(6);
        LineGap = hhea.Int16(8);
        var numberOfHMetrics = hhea.UInt16(34);
        if (numberOfHMetrics == 0 || numberOfHMetrics > GlyphCount)
        {
            throw hhea.Malformed($"numberOfHMetrics is {numberOfHMetrics}, outside 1 to the {GlyphCount} glyphs");
        }

        advances = Advances(tables.Required("hmtx"), numberOfHMetrics, GlyphCount);
        var glyphOffsets = GlyphOffsets(tables.Required("loca"), tables.Required("glyf"), longOffsets, GlyphCount);

        CapHeight = Ascender;
        if (tables.Optional("OS/2") is { } os2)
        {
            var version = os2.UInt16(0);
            WeightClass = os2.UInt16(4);
            TypoAscender = os2.Int16(68);
            TypoDescender = os2.Int16(70);
            TypoLineGap = os2.Int16(72);
            WinAscent = os2.UInt16(74);
            WinDescent = os2.UInt16(76);
            if (version >= 2)
            {
                CapHeight = os2.Int16(88);
            }
        }

        if (tables.Optional("post") is { } post)
        {
            // Only the 32-byte header is read (and, in a subset, kept).
            post.Require(0, 32);
            ItalicAngle = post.Int32(4) / 65536.0;
        }

        characterMap = tables.Optional("cmap") is { } cmap ? new CharacterMap(cmap, GlyphCount) : CharacterMap.None;
        subsetter = new FontSubsetter(tables, glyphOffsets, numberOfHMetrics);
    }

    /// <summary>Font units per em (<c>head</c>).</summary>
    public int UnitsPerEm { get; }

    /// <summary>The number of glyphs (<c>maxp</c>); glyph ids run from 0 to one less.</summary>
    public int GlyphCount { get; }

    /// <summary>The bounding box of all glyphs, in font units (<c>head</c>).</summary>
    public short XMin { get; }

    public short YMin { get; }

    public short XMax { get; }

    public short YMax { get; }

    /// <summary><c>hhea</c> ascender, in font units.</summary>
    public short Ascender { get; }

    /// <summary><c>hhea</c> descender as stored: below the baseline, so normally negative.</summary>
    public short Descender { get; }

    /// <summary><c>hhea</c> line gap, in font units.</summary>
    public short LineGap { get; }

    /// <summary>OS/2 sCapHeight when the OS/2 table has it (version 2 on), otherwise <see cref="Ascender"/>.</summary>
    public short CapHeight { get; }

    /// <summary>OS/2 usWinAscent; 0 without an OS/2 table.</summary>
    public ushort WinAscent { get; }

    /// <summary>OS/2 usWinDescent (positive below the baseline); 0 without an OS/2 table.</summary>
    public ushort WinDescent { get; }

    /// <summary>OS/2 sTypoAscender; 0 without an OS/2 table.</summary>
    public short TypoAscender { get; }

    /// <summary>OS/2 sTypoDescender (normally negative); 0 without an OS/2 table.</summary>
    public short TypoDescender { get; }

    /// <summary>OS/2 sTypoLineGap; 0 without an OS/2 table.</summary>
    public short TypoLineGap { get; }

    /// <summary>The italic angle in degrees, counter-clockwise from vertical (<c>post</c>); 0 without a post table.</summary>
    public double ItalicAngle { get; }

    /// <summary><c>head</c> macStyle bits (bit 0 bold, bit 1 italic).</summary>
    public ushort MacStyle { get; }

    /// <summary>OS/2 usWeightClass (400 regular, 700 bold); 0 without an OS/2 table.</summary>
    public ushort WeightClass { get; }

    /// <summary>Reads a TrueType font; throws <see cref="InvalidDataException"/> when it is truncated or malformed.</summary>
    public static TrueTypeFont Parse(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);

        // A copy, so a caller reusing its array cannot change a font that is shared between threads.
        return new TrueTypeFont((byte[])data.Clone());
    }

    /// <summary>The glyph the font draws for <paramref name="codePoint"/>; 0 (the missing-glyph box) when it has none, or has no cmap at all.</summary>
    public ushort GlyphId(int codePoint) => characterMap.GlyphId(codePoint);

    /// <summary>The advance width of <paramref name="glyph"/>, in font units.</summary>
    public int AdvanceWidth(int glyph) =>
        (uint)glyph < (uint)advances.Length
            ? advances[glyph]
            : throw new ArgumentOutOfRangeException(nameof(glyph), glyph, $"The font has glyphs 0 to {GlyphCount - 1}.");

    /// <summary>
    /// A TrueType program with only <paramref name="glyphs"/> (plus glyph 0 and the parts of
    /// composite glyphs) drawn, every glyph keeping its id; for a PDF FontFile2 with an identity
    /// CID-to-glyph map. The same set gives the same bytes.
    /// </summary>
    public byte[] Subset(IReadOnlyCollection<int> glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        return subsetter.Subset(glyphs);
    }

    // Glyphs past numberOfHMetrics share the last advance (the tail of a monospaced run).
    private static ushort[] Advances(FontTable hmtx, int numberOfHMetrics, int glyphCount)
    {
        hmtx.Require(0, 4L * numberOfHMetrics);
        var advances = new ushort[glyphCount];
        for (var g = 0; g < glyphCount; g++)
        {
            advances[g] = hmtx.UInt16(4 * Math.Min(g, numberOfHMetrics - 1));
        }

        return advances;
    }

    // Where each glyph starts in glyf, plus where the last one ends; checked once here so a subset
    // can slice glyphs without asking again.
    private static int[] GlyphOffsets(FontTable loca, FontTable glyf, bool longOffsets, int glyphCount)
    {
        loca.Require(0, (longOffsets ? 4L : 2L) * (glyphCount + 1));
        var offsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            var offset = longOffsets ? loca.UInt32(4 * g) : loca.UInt16(2 * g) * 2u;
            if (offset > (uint)glyf.Length || (g > 0 && offset < (uint)offsets[g - 1]))
            {
                throw loca.Malformed($"glyph {g} starts at {offset}, before the previous glyph or past the end of the {glyf.Length}-byte 'glyf' table");
            }

            offsets[g] = (int)offset;
        }

        return offsets;
    }
}
