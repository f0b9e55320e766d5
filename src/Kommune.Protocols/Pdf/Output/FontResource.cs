using System.Security.Cryptography;
using System.Text;
using Kommune.Protocols.Pdf.Text;
using Kommune.Protocols.Pdf.TrueType;

namespace Kommune.Protocols.Pdf.Output;

/// <summary>
/// One embedded face as a composite (Type0) font: text is shown as two-byte glyph ids
/// (<c>Identity-H</c>), the glyphs used are remembered, and at the end the face is written as a
/// subset of just those glyphs with their widths and a text mapping (<c>ToUnicode</c>) from each
/// glyph to the character drawn with it, so readers copy and search the text a reader sees.
/// </summary>
internal sealed class FontResource
{
    private static readonly string[] PostScriptNames = ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"];

    private readonly TrueTypeFont font;
    private readonly FontFace face;

    // For each glyph drawn, the character it was drawn for (0: not drawn).
    private readonly char[] characterOf;

    public FontResource(FontFace face, int number, string resourceName)
    {
        this.face = face;
        font = EmbeddedFonts.TrueType(face);
        characterOf = new char[font.GlyphCount];
        Number = number;
        ResourceName = resourceName;
    }

    /// <summary>The font dictionary's object number.</summary>
    public int Number { get; }

    /// <summary>The name pages use for the font (<c>F0</c>).</summary>
    public string ResourceName { get; }

    /// <summary>Writes <paramref name="text"/> as a string of two-byte glyph ids (a literal string: half the bytes of a hexadecimal one, so half the work to deflate).</summary>
    public void Show(string text, PdfBytes content)
    {
        content.Byte((byte)'(');
        foreach (var c in text)
        {
            var glyph = font.GlyphId(c);
            if (glyph != 0 && characterOf[glyph] == 0)
            {
                characterOf[glyph] = c;
            }

            Literal(content, (byte)(glyph >> 8));
            Literal(content, (byte)glyph);
        }

        content.Byte((byte)')');
    }

    /// <summary>Writes the font dictionary and what hangs from it.</summary>
    public void Write(PdfFile file)
    {
        var glyphs = new List<int> { 0 };
        for (var glyph = 1; glyph < characterOf.Length; glyph++)
        {
            if (characterOf[glyph] != 0)
            {
                glyphs.Add(glyph);
            }
        }

        var baseFont = SubsetTag(glyphs) + "+" + PostScriptNames[(int)face];
        var program = font.Subset(glyphs);
        var fontFile = file.Reserve();
        file.Stream(fontFile, program, compress: true, b => b.Raw("/Length1 "u8).Int(program.Length));

        var scale = 1000.0 / font.UnitsPerEm;
        var descriptor = file.Add(b =>
        {
            b.Raw("/Type/FontDescriptor/FontName"u8).Name(baseFont)
                .Raw("/Flags "u8).Int(font.ItalicAngle != 0 ? 32 + 64 : 32)
                .Raw("/FontBBox["u8).Number(font.XMin * scale).Byte((byte)' ').Number(font.YMin * scale).Byte((byte)' ')
                .Number(font.XMax * scale).Byte((byte)' ').Number(font.YMax * scale)
                .Raw("]/ItalicAngle "u8).Number(font.ItalicAngle)
                .Raw("/Ascent "u8).Number(font.Ascender * scale)
                .Raw("/Descent "u8).Number(font.Descender * scale)
                .Raw("/CapHeight "u8).Number(font.CapHeight * scale)
                .Raw("/StemV "u8).Int(face is FontFace.Bold or FontFace.BoldItalic ? 120 : 80)
                .Raw("/FontFile2 "u8).Ref(fontFile);
        });

        var cidFont = file.Add(b =>
        {
            b.Raw("/Type/Font/Subtype/CIDFontType2/BaseFont"u8).Name(baseFont)
                .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor "u8).Ref(descriptor)
                .Raw("/CIDToGIDMap/Identity/W["u8);
            foreach (var glyph in glyphs)
            {
                b.Int(glyph).Byte((byte)'[').Number(font.AdvanceWidth(glyph) * scale).Raw("]"u8);
            }

            b.Byte((byte)']');
        });

        var toUnicode = file.Reserve();
        file.Stream(toUnicode, ToUnicode(glyphs), compress: true);

        file.Dictionary(Number, b => b.Raw("/Type/Font/Subtype/Type0/BaseFont"u8).Name(baseFont)
            .Raw("/Encoding/Identity-H/DescendantFonts["u8).Ref(cidFont).Raw("]/ToUnicode "u8).Ref(toUnicode));
    }

    // Parentheses and the backslash are escaped; so are CR and LF, which a reader would turn into one line end.
    private static void Literal(PdfBytes content, byte b)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                content.Byte((byte)'\\').Byte(b);
                break;
            case (byte)'\r':
                content.Byte((byte)'\\').Byte((byte)'r');
                break;
            case (byte)'\n':
                content.Byte((byte)'\\').Byte((byte)'n');
                break;
            default:
                content.Byte(b);
                break;
        }
    }

    // Same glyphs, same tag: the tag changes with the subset, never with the run.
    private string SubsetTag(List<int> glyphs)
    {
        var input = new byte[(glyphs.Count * 2) + 1];
        input[0] = (byte)face;
        for (var i = 0; i < glyphs.Count; i++)
        {
            input[1 + (2 * i)] = (byte)(glyphs[i] >> 8);
            input[2 + (2 * i)] = (byte)glyphs[i];
        }

        var hash = SHA256.HashData(input);
        var tag = new StringBuilder(6);
        for (var i = 0; i < 6; i++)
        {
            tag.Append((char)('A' + (hash[i] % 26)));
        }

        return tag.ToString();
    }

    private byte[] ToUnicode(List<int> glyphs)
    {
        var map = new PdfBytes(1024 + (glyphs.Count * 16));
        map.Raw("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"u8)
            .Raw("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n"u8)
            .Raw("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"u8)
            .Raw("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"u8);
        var mapped = glyphs.FindAll(g => g != 0);
        for (var start = 0; start < mapped.Count; start += 100)
        {
            var count = Math.Min(100, mapped.Count - start);
            map.Int(count).Raw(" beginbfchar\n"u8);
            for (var i = start; i < start + count; i++)
            {
                map.Byte((byte)'<').Hex16(mapped[i]).Raw("> <"u8).Hex16(characterOf[mapped[i]]).Raw(">\n"u8);
            }

            map.Raw("endbfchar\n"u8);
        }

        map.Raw("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n"u8);
        return map.Written.ToArray();
    }
}
