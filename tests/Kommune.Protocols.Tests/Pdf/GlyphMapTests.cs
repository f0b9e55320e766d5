using System.Buffers.Binary;
using System.Security.Cryptography;
using Kommune.Protocols.Pdf.Text;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>
/// The glyph map's numbers, pinned. Every expected value here was measured from the PDFsharp
/// 6.2.4 version of <see cref="GlyphMap"/> (glyph lookup, <c>XGraphics.MeasureString</c> and
/// <c>XFont.GetHeight</c> at 1000 pt) before it moved onto our own TrueType reader; the layout, and
/// so every PDF snapshot, depends on them staying exactly the same.
/// </summary>
public class GlyphMapTests
{
    [Theory]
    [InlineData(0, "EC2F61893A6AC2C5D3769851C7B0AAAC583083ABA91B9D9005D5CDC4A9DAC70A", "9EEE55B4BBB98CD62DCF999A2B3B25A15272A54448FF8CB6E6DA6EF5F70473D3")]
    [InlineData(1, "9DF21145ECE329976EACA269F6BF389C4B274BD07EF15638822AB5B956BF325E", "B8C82F1660F6CA3D3C3F76836CAA0A412863CFBBF42AD9AC9C8296C075429769")]
    [InlineData(2, "91DCA2522BA14346CDBA4E17322CD6C65F87C9CF7910D323B16225C23495DDAD", "A233D204CDA58697BB91257DE1CA59882C2B671D540195467694812193EFA37D")]
    [InlineData(3, "D74D737F17E87225FBDF21E217551ACBDBA60748355B1FE22B1D67947DE7790A", "BCD0985EF4E6A3FB84CC113A73769FEA19B64DAFC3EEC5A3A0DCFC4258297AFD")]
    public void Each_face_draws_and_measures_exactly_as_it_did_with_PDFsharp(int face, string drawableSha256, string widthsSha256)
    {
        var map = GlyphMap.For((FontFace)face);

        // One byte per BMP character (1 when drawn as itself), and each character's width in
        // thousandths of an em as a little-endian float: at 1000 pt Width returns that float exactly.
        var drawable = new byte[0x10000];
        var widths = new byte[4 * 0x10000];
        for (var code = 0; code < 0x10000; code++)
        {
            var c = (char)code;
            drawable[code] = map.Draws(c) ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteSingleLittleEndian(widths.AsSpan(4 * code), (float)map.Width([c], 1000));
        }

        Assert.Equal(drawableSha256, Convert.ToHexString(SHA256.HashData(drawable)));
        Assert.Equal(widthsSha256, Convert.ToHexString(SHA256.HashData(widths)));
        Assert.Equal('\uFFFD', map.Replacement);

        // GetHeight() / 1000 = (hhea ascender + |descender| + line gap, at least winAscent + winDescent) / unitsPerEm = 2384 / 2048;
        // ascent and descent are winAscent 1901 and winDescent 483 over 2048.
        Assert.Equal(1.1640625, map.LineSpacing);
        Assert.Equal(0.92822265625, map.Ascent);
        Assert.Equal(0.23583984375, map.Descent);
    }
}
