using System.Globalization;
using System.Xml;

namespace Kommune.Protocols.Docx;

/// <summary>numbering.xml: one bullet list definition and one decimal definition, with a restarting instance per numbered list.</summary>
internal static class NumberingPart
{
    public static void Write(XmlWriter xml, int numberedLists)
    {
        xml.WriteStartElement("w", "numbering", WordXml.W);
        xml.WriteAttributeString("xmlns", "w", null, WordXml.W);
        Abstract(xml, StyleIds.BulletAbstractId, "bullet", "\u2022", StyleIds.ListBullet);
        Abstract(xml, StyleIds.NumberedAbstractId, "decimal", "%1.", StyleIds.ListNumber);
        Instance(xml, StyleIds.BulletNumId, StyleIds.BulletAbstractId, restart: false);
        for (var i = 0; i < numberedLists; i++)
        {
            Instance(xml, StyleIds.FirstNumberedNumId + i, StyleIds.NumberedAbstractId, restart: true);
        }

        xml.WriteEndElement();
    }

    private static void Abstract(XmlWriter xml, int id, string format, string text, string style)
    {
        WordXml.Start(xml, "abstractNum");
        WordXml.Attribute(xml, "abstractNumId", Number(id));
        WordXml.Val(xml, "multiLevelType", "singleLevel");
        WordXml.Start(xml, "lvl");
        WordXml.Attribute(xml, "ilvl", "0");
        WordXml.Val(xml, "start", "1");
        WordXml.Val(xml, "numFmt", format);
        WordXml.Val(xml, "pStyle", style);
        WordXml.Val(xml, "lvlText", text);
        WordXml.Val(xml, "lvlJc", "left");
        WordXml.Start(xml, "pPr");
        WordXml.Start(xml, "ind");
        WordXml.Attribute(xml, "left", "360");
        WordXml.Attribute(xml, "hanging", "360");
        WordXml.End(xml);
        WordXml.End(xml);
        WordXml.End(xml);
        WordXml.End(xml);
    }

    private static void Instance(XmlWriter xml, int numId, int abstractId, bool restart)
    {
        WordXml.Start(xml, "num");
        WordXml.Attribute(xml, "numId", Number(numId));
        WordXml.Val(xml, "abstractNumId", Number(abstractId));
        if (restart)
        {
            WordXml.Start(xml, "lvlOverride");
            WordXml.Attribute(xml, "ilvl", "0");
            WordXml.Val(xml, "startOverride", "1");
            WordXml.End(xml);
        }

        WordXml.End(xml);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
