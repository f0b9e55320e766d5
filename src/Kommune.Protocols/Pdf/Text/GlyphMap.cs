namespace Kommune.Protocols.Pdf.Text;

/// <summary>
/// What one face can draw so that a reader gets the same text back, and how wide it is. A BMP
/// character is drawn as itself when the face has a glyph for it and no lower code point shares
/// that glyph; anything else (no glyph, a glyph shared with another character, a control
/// character, a character outside the BMP) is drawn as <see cref="Replacement"/>. The rule exists
/// because PDFsharp 6.2.4 writes one text mapping per glyph and only 16-bit code points: drawing
/// two characters with one glyph, or an emoji, would give a reader the wrong text. The caller
/// keeps the original as the element's ActualText. Built once per face from the font itself;
/// immutable and shared between threads.
/// </summary>
internal sealed class GlyphMap
{
    private const int Bmp = 0x10000;

    private static readonly Lazy<GlyphMap>[] Maps =
    [
        new(() => new GlyphMap(FontFace.Regular)),
        new(() => new GlyphMap(FontFace.Bold)),
        new(() => new GlyphMap(FontFace.Italic)),
        new(() => new GlyphMap(FontFace.BoldItalic)),
    ];

    // For every BMP character: whether it is drawn as itself.
    private readonly bool[] drawable = new bool[Bmp];

    // Advance widths in thousandths of an em, for the characters that are drawn as themselves.
    private readonly float[] widths = new float[Bmp];

    private GlyphMap(FontFace face)
    {
        var font = EmbeddedFonts.TrueType(face);
        var owned = new bool[font.GlyphCount];
        for (var code = 0; code < Bmp; code++)
        {
            var c = (char)code;
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                continue;
            }

            var glyph = font.GlyphId(code);
            if (glyph == 0 || owned[glyph])
            {
                continue;
            }

            owned[glyph] = true;
            drawable[code] = true;
            widths[code] = (float)(font.AdvanceWidth(glyph) * 1000.0 / font.UnitsPerEm);
        }

        Replacement = drawable['\uFFFD'] ? '\uFFFD' : '?';

        // PDFsharp's metrics, which the layout was made with (a font that sets USE_TYPO_METRICS
        // would be measured from the typo values instead; DejaVu does not): the line is the larger
        // of the hhea line and the Windows cell, and ascent and descent are the Windows ones.
        var hheaLine = font.Ascender + Math.Abs((int)font.Descender) + Math.Max(0, (int)font.LineGap);
        LineSpacing = (double)Math.Max(hheaLine, font.WinAscent + font.WinDescent) / font.UnitsPerEm;
        Ascent = (double)font.WinAscent / font.UnitsPerEm;
        Descent = (double)font.WinDescent / font.UnitsPerEm;
    }

    /// <summary>What is drawn for a character the face cannot carry: U+FFFD (or <c>?</c>).</summary>
    public char Replacement { get; }

    /// <summary>The font's single line spacing, in ems.</summary>
    public double LineSpacing { get; }

    /// <summary>The ascent above the baseline, in ems.</summary>
    public double Ascent { get; }

    /// <summary>The descent below the baseline, in ems (positive).</summary>
    public double Descent { get; }

    public static GlyphMap For(FontFace face) => Maps[(int)face].Value;


    /// <summary>The advance width of <paramref name="text"/> (drawable characters only) at <paramref name="size"/> points.</summary>
    public double Width(ReadOnlySpan<char> text, double size)
    {
        var sum = 0.0;
        foreach (var c in text)
        {
            sum += widths[c];
        }

        return sum * size / 1000;
    }

    /// <summary>Whether <paramref name="c"/> is drawn as itself (otherwise as <see cref="Replacement"/>).</summary>
    public bool Draws(char c) => drawable[c];
}
