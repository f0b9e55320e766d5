using System.Xml;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>One relationship: its id, type, target as written and, for an internal one, the part that target names (null when it names none).</summary>
internal sealed record Relationship(string Id, string Type, string Target, string? TargetPart, bool External);

/// <summary>The relationships of one part (or of the package), in document order and by id.</summary>
internal sealed class Relationships
{
    private readonly Dictionary<string, Relationship> byId = new(StringComparer.Ordinal);
    private readonly List<Relationship> all = [];

    public static Relationships None { get; } = new();

    /// <summary>All, in the order the relationships part lists them.</summary>
    public IReadOnlyList<Relationship> All => all;

    public Relationship? this[string id] => byId.GetValueOrDefault(id);

    /// <summary>Reads a relationships part; targets are resolved against <paramref name="source"/>.</summary>
    public static Relationships Read(PartXml xml, string source)
    {
        var relationships = new Relationships();
        var reader = xml.Reader;
        while (xml.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth == 0)
            {
                if (reader.LocalName != "Relationships" || reader.NamespaceURI != OpcNames.RelationshipsNamespace)
                {
                    throw xml.Refuse("has the root element " + reader.Name + ", not Relationships");
                }

                continue;
            }

            if (reader.Depth != 1 || reader.LocalName != "Relationship" || reader.NamespaceURI != OpcNames.RelationshipsNamespace)
            {
                continue;
            }

            var id = reader.GetAttribute("Id");
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            if (id is null || type is null || target is null)
            {
                throw xml.Refuse("has a Relationship without Id, Type or Target");
            }

            var external = reader.GetAttribute("TargetMode") == "External";
            var relationship = new Relationship(id, type, target, external ? null : PartNames.Resolve(source, target), external);
            if (!relationships.byId.TryAdd(id, relationship))
            {
                throw xml.Refuse("has two relationships with the id " + id);
            }

            relationships.all.Add(relationship);
        }

        return relationships;
    }

    /// <summary>The first internal relationship of a type (<c>styles</c>), as Word uses it.</summary>
    public Relationship? First(string type) =>
        all.FirstOrDefault(r => !r.External && OpcNames.IsRelationshipType(r.Type, type));
}
