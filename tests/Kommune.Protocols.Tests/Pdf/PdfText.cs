using System.Globalization;
using System.Text;
using Kommune.Protocols.Pdf.Text;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>
/// Text as the PDF's text layer can carry it, for comparisons: whitespace removed (PDF text
/// breaks lines anywhere), and every character the embedded font cannot draw in all four faces
/// (CJK, emoji, control characters) turned into U+FFFD, which is what the writer draws for them
/// (keeping the original as ActualText; <see cref="PdfFallbackTests"/> checks that part).
/// Combining marks the font draws are left out on both sides: PdfPig attaches a zero-width mark that ends one
/// drawn piece to the first letter of the next piece, so its place in the extracted text is not
/// the writer's to keep (<see cref="PdfFallbackTests"/> checks that marks are drawn and read back).
/// </summary>
public static class PdfText
{
    private static readonly GlyphMap[] Faces = [.. Enum.GetValues<FontFace>().Select(GlyphMap.For)];

    public static string Comparable(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append('\uFFFD');
                i++;
                continue;
            }

            var drawn = Faces.All(f => f.Draws(c));
            if (drawn && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(drawn ? c : '\uFFFD');
        }

        return builder.ToString();
    }
}
