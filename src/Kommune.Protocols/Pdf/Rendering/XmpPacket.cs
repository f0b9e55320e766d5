using System.Text;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// The document's XMP metadata: title, subject, language, producer, fixed dates, the document
/// and instance ids, and the PDF/UA-1 identification (<c>pdfuaid:part</c> 1).
/// </summary>
internal static class XmpPacket
{
    public static byte[] Build(string title, string subject, string language, string date, string uuid)
    {
        var xml = new StringBuilder(2048);
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("  <rdf:Description rdf:about=\"\"")
            .Append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
            .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
            .Append(" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"")
            .Append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
            .Append("   <dc:format>application/pdf</dc:format>\n")
            .Append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(title)).Append("</rdf:li></rdf:Alt></dc:title>\n")
            .Append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(subject)).Append("</rdf:li></rdf:Alt></dc:description>\n")
            .Append("   <dc:language><rdf:Bag><rdf:li>").Append(Escape(language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
            .Append("   <pdf:Producer>").Append(PdfRenderer.Creator).Append("</pdf:Producer>\n")
            .Append("   <xmp:CreatorTool>").Append(PdfRenderer.Creator).Append("</xmp:CreatorTool>\n")
            .Append("   <xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
            .Append("   <xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("   <xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
            .Append("   <xmpMM:DocumentID>uuid:").Append(uuid).Append("</xmpMM:DocumentID>\n")
            .Append("   <xmpMM:InstanceID>uuid:").Append(uuid).Append("</xmpMM:InstanceID>\n")
            .Append("   <pdfuaid:part>1</pdfuaid:part>\n")
            .Append("  </rdf:Description>\n")
            .Append(" </rdf:RDF>\n")
            .Append("</x:xmpmeta>\n")
            .Append("<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\r' => "&#13;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
