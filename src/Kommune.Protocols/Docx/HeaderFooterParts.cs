using System.Xml;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Docx;

/// <summary>The header (body, date and, on a draft, the draft mark) and the footer (<i>Side X af Y</i> with PAGE/NUMPAGES fields).</summary>
internal static class HeaderFooterParts
{
    public static void Header(XmlWriter xml, PaperDocument document)
    {
        xml.WriteStartElement("w", "hdr", WordXml.W);
        xml.WriteAttributeString("xmlns", "w", null, WordXml.W);
        Paragraph(xml, StyleIds.Header, $"{document.HeaderLeft}\t{document.HeaderRight}");
        if (document.DraftMark is { } mark)
        {
            Paragraph(xml, StyleIds.DraftMark, mark);
        }

        xml.WriteEndElement();
    }

    public static void Footer(XmlWriter xml, PaperDocument document)
    {
        xml.WriteStartElement("w", "ftr", WordXml.W);
        xml.WriteAttributeString("xmlns", "w", null, WordXml.W);
        WordXml.Start(xml, "p");
        WordXml.Start(xml, "pPr");
        WordXml.Val(xml, "pStyle", StyleIds.Footer);
        WordXml.End(xml);
        foreach (var part in document.PageLabel)
        {
            if (part.Kind == PageLabelPartKind.Text)
            {
                WordXml.Run(xml, part.Text, bold: false, italic: false);
                continue;
            }

            // A simple field; the "1" is what a reader shows before it updates fields.
            WordXml.Start(xml, "fldSimple");
            WordXml.Attribute(xml, "instr", part.Kind == PageLabelPartKind.PageCount ? " NUMPAGES " : " PAGE ");
            WordXml.Run(xml, "1", bold: false, italic: false);
            WordXml.End(xml);
        }

        WordXml.End(xml);
        xml.WriteEndElement();
    }

    private static void Paragraph(XmlWriter xml, string style, string text)
    {
        WordXml.Start(xml, "p");
        WordXml.Start(xml, "pPr");
        WordXml.Val(xml, "pStyle", style);
        WordXml.End(xml);
        WordXml.Run(xml, text, bold: false, italic: false);
        WordXml.End(xml);
    }
}
