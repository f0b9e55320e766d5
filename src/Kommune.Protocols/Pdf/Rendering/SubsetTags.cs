using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// Replaces the random six-letter tag PDFsharp puts before an embedded subset's name
/// (<c>JLRJPE+DejaVu Sans</c>) with one made from the document's text and the font's name: the
/// same text gives the same tag, and different subsets in one file get different tags.
/// </summary>
internal static class SubsetTags
{
    public static void Fix(PdfDocument document, byte[] textDigest)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary font || font.Elements.GetName("/Type") != "/Font" || font.Elements.GetName("/Subtype") != "/Type0")
            {
                continue;
            }

            var name = font.Elements.GetName("/BaseFont");
            var plus = name.IndexOf('+', StringComparison.Ordinal);
            if (plus < 0)
            {
                continue;
            }

            var baseName = name[(plus + 1)..];
            var tagged = "/" + Tag(textDigest, baseName) + "+" + baseName;
            font.Elements.SetName("/BaseFont", tagged);
            if (font.Elements.GetArray("/DescendantFonts") is { } descendants && descendants.Elements.Count > 0 && descendants.Elements.GetDictionary(0) is { } cidFont)
            {
                cidFont.Elements.SetName("/BaseFont", tagged);
                if (cidFont.Elements.GetDictionary("/FontDescriptor") is { } descriptor)
                {
                    descriptor.Elements.SetName("/FontName", tagged);
                }
            }
        }
    }

    private static string Tag(byte[] textDigest, string baseName)
    {
        var input = new byte[textDigest.Length + Encoding.UTF8.GetByteCount(baseName)];
        textDigest.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(baseName, input.AsSpan(textDigest.Length));
        var hash = SHA256.HashData(input);
        Span<char> tag = stackalloc char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + (hash[i] % 26));
        }

        return new string(tag);
    }
}
