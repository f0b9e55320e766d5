using System.Xml;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// <c>[Content_Types].xml</c>: the content type of each part, by its name (Override) or else its
/// extension (Default). Only overrides for parts the zip holds are kept, so a huge list of
/// overrides costs no memory.
/// </summary>
internal sealed class ContentTypes
{
    private readonly Dictionary<string, string> defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> overrides = new(PartNames.Comparer);

    private ContentTypes()
    {
    }

    /// <summary>The content type of a part, or null when none is declared.</summary>
    public string? Of(string part)
    {
        if (overrides.TryGetValue(part, out var type))
        {
            return type;
        }

        var dot = part.LastIndexOf('.');
        return dot > part.LastIndexOf('/') && defaults.TryGetValue(part[(dot + 1)..], out type) ? type : null;
    }

    public static ContentTypes Read(PartXml xml, Func<string, bool> exists)
    {
        var types = new ContentTypes();
        var reader = xml.Reader;
        while (xml.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth == 0)
            {
                if (reader.LocalName != "Types" || reader.NamespaceURI != OpcNames.ContentTypesNamespace)
                {
                    throw xml.Refuse("has the root element " + reader.Name + ", not Types");
                }

                continue;
            }

            if (reader.Depth != 1 || reader.NamespaceURI != OpcNames.ContentTypesNamespace)
            {
                continue;
            }

            var contentType = reader.GetAttribute("ContentType");
            if (reader.LocalName == "Default")
            {
                var extension = reader.GetAttribute("Extension");
                if (extension is null || contentType is null || !types.defaults.TryAdd(extension, contentType))
                {
                    throw xml.Refuse("has a Default without Extension or ContentType, or two for one extension");
                }
            }
            else if (reader.LocalName == "Override")
            {
                var name = reader.GetAttribute("PartName") is { } partName ? PartNames.Resolve("/", partName) : null;
                if (name is null || contentType is null)
                {
                    throw xml.Refuse("has an Override without a valid PartName or ContentType");
                }

                if (exists(name) && !types.overrides.TryAdd(name, contentType))
                {
                    throw xml.Refuse("has two Overrides for " + name);
                }
            }
        }

        return types;
    }
}
