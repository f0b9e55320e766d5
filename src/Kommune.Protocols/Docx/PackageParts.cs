using System.Xml;

namespace Kommune.Protocols.Docx;

/// <summary>The package-level parts: content types, relationships and core properties.</summary>
internal static class PackageParts
{
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string WordMl = "application/vnd.openxmlformats-officedocument.wordprocessingml";

    public const string StylesId = "rId1";
    public const string NumberingId = "rId2";
    public const string SettingsId = "rId3";
    public const string HeaderId = "rId4";
    public const string FooterId = "rId5";

    public static void ContentTypes(XmlWriter w)
    {
        w.WriteStartElement("Types", ContentTypesNs);
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        Override(w, "/word/document.xml", $"{WordMl}.document.main+xml");
        Override(w, "/word/styles.xml", $"{WordMl}.styles+xml");
        Override(w, "/word/numbering.xml", $"{WordMl}.numbering+xml");
        Override(w, "/word/settings.xml", $"{WordMl}.settings+xml");
        Override(w, "/word/header1.xml", $"{WordMl}.header+xml");
        Override(w, "/word/footer1.xml", $"{WordMl}.footer+xml");
        Override(w, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        w.WriteEndElement();

        static void Default(XmlWriter w, string extension, string type)
        {
            w.WriteStartElement("Default", ContentTypesNs);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        static void Override(XmlWriter w, string part, string type)
        {
            w.WriteStartElement("Override", ContentTypesNs);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
    }

    public static void RootRelationships(XmlWriter w)
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(w, "rId1", $"{OfficeRels}/officeDocument", "word/document.xml");
        Relationship(w, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        w.WriteEndElement();
    }

    public static void DocumentRelationships(XmlWriter w)
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(w, StylesId, $"{OfficeRels}/styles", "styles.xml");
        Relationship(w, NumberingId, $"{OfficeRels}/numbering", "numbering.xml");
        Relationship(w, SettingsId, $"{OfficeRels}/settings", "settings.xml");
        Relationship(w, HeaderId, $"{OfficeRels}/header", "header1.xml");
        Relationship(w, FooterId, $"{OfficeRels}/footer", "footer1.xml");
        w.WriteEndElement();
    }

    /// <summary>Core properties from the meeting only: no dates, a fixed creator.</summary>
    public static void CoreProperties(XmlWriter w, string title, string subject, string language, string? status)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteElementString("dc", "title", dc, title);
        w.WriteElementString("dc", "subject", dc, subject);
        w.WriteElementString("dc", "creator", dc, "Kommune.Protocols");
        w.WriteElementString("dc", "language", dc, language);
        if (status is not null)
        {
            w.WriteElementString("cp", "contentStatus", cp, status);
        }

        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", RelationshipsNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }
}
