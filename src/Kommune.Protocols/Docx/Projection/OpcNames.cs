using System.Xml;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>The namespaces, relationship types and content types the projection follows, in both the transitional and the strict spelling.</summary>
internal static class OpcNames
{
    public const string ContentTypesEntry = "/[Content_Types].xml";
    public const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";

    public const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string WordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public const string Relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string RelationshipStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    public const string StylesContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    public const string NumberingContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    public const string HeaderContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    public const string FooterContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

    /// <summary>The content types Word opens as a main document: document, template, and both with macros.</summary>
    public static readonly string[] MainDocumentContentTypes =
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ];

    // The element names the projection switches on: as the very string literals, so the reader
    // returns these instances and each comparison ends at the reference check.
    private static readonly string[] WordElements =
    [
        "document", "body", "hdr", "ftr", "p", "pPr", "pStyle", "numPr", "numId", "sectPr", "r", "rPr", "b", "i", "t",
        "instrText", "tab", "br", "fldChar", "fldSimple", "hyperlink", "ins", "tbl", "tr", "trPr", "tblHeader", "tc",
        "pgSz", "headerReference", "footerReference", "styles", "style", "numbering", "abstractNum", "lvl", "numFmt", "num",
        "abstractNumId",
    ];

    /// <summary>
    /// A name table that already holds the namespaces and names compared on every element, so
    /// the reader hands back these very strings and the comparisons stop at reference equality.
    /// </summary>
    public static NameTable NewNameTable()
    {
        var names = new NameTable();
        foreach (var name in (string[])[Word, WordStrict, Relationship, RelationshipStrict, ContentTypesNamespace, RelationshipsNamespace, .. WordElements])
        {
            names.Add(name);
        }

        return names;
    }

    /// <summary>Whether a relationship type is <paramref name="name"/> (<c>styles</c>) in either spelling.</summary>
    public static bool IsRelationshipType(string type, string name) =>
        IsUnder(type, Relationship, name) || IsUnder(type, RelationshipStrict, name);

    /// <summary>Whether a namespace is WordprocessingML's, in either spelling.</summary>
    public static bool IsWord(string ns) => ns == Word || ns == WordStrict;

    /// <summary>Whether two content types are the same (media types compare without regard to case).</summary>
    public static bool SameContentType(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool IsUnder(string type, string prefix, string name) =>
        type.Length == prefix.Length + 1 + name.Length
        && type.StartsWith(prefix, StringComparison.Ordinal)
        && type[prefix.Length] == '/'
        && type.EndsWith(name, StringComparison.Ordinal);
}
