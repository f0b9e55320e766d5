using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// Makes PDFsharp 6.2.4's saved bytes deterministic and PDF/UA-identified. PDFsharp writes, at
/// save time and without a way to turn it off, an XMP packet with random document and instance
/// ids (and no <c>pdfuaid</c>), a random file identifier in the trailer, and a comment naming the
/// .NET version. Its layout is fixed (the metadata stream is the last object, uncompressed, right
/// before the cross-reference table), so this patch replaces the packet, derives the file
/// identifier from the bytes before it (the content), drops the comment and moves
/// <c>startxref</c>. It checks that layout and refuses, loudly, anything else.
/// </summary>
internal static class SavedPdfPatch
{
    private static readonly byte[] MetadataHead = "<</Type/Metadata/Subtype/XML/Length "u8.ToArray();
    private static readonly byte[] StreamStart = ">>\nstream\n"u8.ToArray();
    private static readonly byte[] StreamEnd = "\nendstream\nendobj\n"u8.ToArray();
    private static readonly byte[] StartXref = "startxref\n"u8.ToArray();
    private static readonly byte[] IdStart = "/ID[<"u8.ToArray();
    private static readonly byte[] Comment = "% Created with PDFsharp"u8.ToArray();

    /// <summary>Writes the patched file to <paramref name="output"/>.</summary>
    /// <param name="pdf">The bytes PDFsharp saved.</param>
    /// <param name="xmp">Builds the new packet from the document uuid.</param>
    /// <param name="output">The target.</param>
    public static void Write(ReadOnlySpan<byte> pdf, Func<string, byte[]> xmp, Stream output)
    {
        var startXrefAt = pdf.LastIndexOf(StartXref);
        Expect(startXrefAt > 0, "no startxref");
        var xrefAt = ParseNumber(pdf[(startXrefAt + StartXref.Length)..], out _);
        Expect(xrefAt > 0 && xrefAt < startXrefAt && pdf[(int)xrefAt..].StartsWith("xref\n"u8), "startxref does not point at the cross-reference table");
        var xref = (int)xrefAt;

        var head = pdf[..xref].LastIndexOf(MetadataHead);
        Expect(head > 0, "no metadata stream");
        var length = (int)ParseNumber(pdf[(head + MetadataHead.Length)..], out var digits);
        var streamAt = head + MetadataHead.Length + digits;
        Expect(pdf[streamAt..].StartsWith(StreamStart), "unexpected metadata dictionary");
        streamAt += StreamStart.Length;
        Expect(streamAt + length + StreamEnd.Length == xref && pdf[(streamAt + length)..xref].SequenceEqual(StreamEnd), "the metadata stream is not the last object");

        // The content before the metadata object identifies the document.
        var id = SHA256.HashData(pdf[..head])[..16];
        var idHex = Convert.ToHexString(id);
        var uuid = new Guid(id, bigEndian: true).ToString("D", CultureInfo.InvariantCulture);
        var packet = xmp(uuid);

        var tail = pdf[xref..startXrefAt];
        var idAt = tail.IndexOf(IdStart);
        Expect(idAt > 0 && tail.Length > idAt + IdStart.Length + 67 && tail[(idAt + IdStart.Length + 32)..].StartsWith("><"u8), "unexpected trailer identifier");
        var comment = tail.IndexOf(Comment);

        var dictionary = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<</Type/Metadata/Subtype/XML/Length {packet.Length}"));
        output.Write(pdf[..head]);
        output.Write(dictionary);
        output.Write(StreamStart);
        output.Write(packet);
        output.Write(StreamEnd);
        var newXref = head + dictionary.Length + StreamStart.Length + packet.Length + StreamEnd.Length;

        var idHexBytes = Encoding.ASCII.GetBytes(idHex);
        var idValue = idAt + IdStart.Length;
        output.Write(tail[..idValue]);
        output.Write(idHexBytes);
        output.Write("><"u8);
        output.Write(idHexBytes);
        var afterId = idValue + 32 + 2 + 32;
        if (comment > afterId)
        {
            var commentEnd = tail[comment..].IndexOf((byte)'\n');
            Expect(commentEnd > 0, "unterminated comment");
            output.Write(tail[afterId..comment]);
            output.Write(tail[(comment + commentEnd + 1)..]);
        }
        else
        {
            output.Write(tail[afterId..]);
        }

        output.Write(StartXref);
        output.Write(Encoding.ASCII.GetBytes(newXref.ToString(CultureInfo.InvariantCulture)));
        output.Write("\n%%EOF\n"u8);
    }

    private static long ParseNumber(ReadOnlySpan<byte> text, out int digits)
    {
        long value = 0;
        digits = 0;
        while (digits < text.Length && text[digits] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (text[digits] - '0');
            digits++;
        }

        return digits == 0 ? -1 : value;
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"PDFsharp wrote a file this writer does not recognize ({what}); the PDFsharp version must be 6.2.4.");
        }
    }
}
