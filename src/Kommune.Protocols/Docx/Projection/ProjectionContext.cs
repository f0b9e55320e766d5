using System.Globalization;
using System.Text;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// What the projection of the main document shares with the headers and footers it prints:
/// the package, the main document's relationships, list numbering (a list in a header counts on
/// from the body, as before), the output and the section count.
/// </summary>
internal sealed class ProjectionContext
{
    private int sections;

    public ProjectionContext(ProjectionPackage package, string mainPart, Relationships relationships, ListNumbering numbering, ProjectionText output)
    {
        Package = package;
        MainPart = mainPart;
        Relationships = relationships;
        Numbering = numbering;
        Output = output;
    }

    public ProjectionPackage Package { get; }

    public string MainPart { get; }

    public Relationships Relationships { get; }

    public ListNumbering Numbering { get; }

    public ProjectionText Output { get; }

    /// <summary>
    /// The text of the open paragraph. One buffer serves every part: a header is projected only
    /// between paragraphs of the main document, never inside one.
    /// </summary>
    public StringBuilder Paragraph { get; } = new();

    /// <summary>The text of the open run, shared the same way.</summary>
    public StringBuilder Run { get; } = new();

    /// <summary>Where text nodes are read into, a chunk at a time.</summary>
    public char[] Chunk { get; } = new char[4096];

    /// <summary>
    /// Prints a section: <c>== section N: page WxH ==</c>, then each header and footer it
    /// references with that part's paragraphs and tables. Headers and footers are projected
    /// here, one level deep: their own section properties are not followed, so no chain of
    /// references can nest.
    /// </summary>
    public void Section(SectionProperties section, PartXml at)
    {
        sections++;
        Output.Append("== section ").Append(sections.ToString(CultureInfo.InvariantCulture));
        if (section.HasPageSize)
        {
            Output.Append(": page ").Append(Number(section.Width)).Append('x').Append(Number(section.Height));
        }

        Output.Append(" ==\n");
        foreach (var (type, id) in section.Headers)
        {
            Output.Append("-- header ").Append(type).Append(" --\n");
            Reference(id, "header", OpcNames.HeaderContentType, PartProjector.Root.Header, at);
        }

        foreach (var (type, id) in section.Footers)
        {
            Output.Append("-- footer ").Append(type).Append(" --\n");
            Reference(id, "footer", OpcNames.FooterContentType, PartProjector.Root.Footer, at);
        }
    }

    private static string Number(uint? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    // An id the main document's relationships do not have is refused (the SDK threw on it); one
    // of another type (a header reference naming the styles part) prints nothing, as before.
    private void Reference(string? id, string relationshipType, string contentType, PartProjector.Root root, PartXml at)
    {
        if (id is null)
        {
            return;
        }

        var relationship = Relationships[id];
        if (relationship is null || relationship.External)
        {
            throw at.Refuse("references the relationship " + id + ", which is not a part relationship of " + MainPart);
        }

        if (!OpcNames.IsRelationshipType(relationship.Type, relationshipType))
        {
            return;
        }

        var part = Package.Target(relationship, MainPart, contentType);
        var source = Output.Source;
        using (var xml = Package.OpenPart(part))
        {
            Output.Source = xml;
            new PartProjector(this, xml, root).Run();
        }

        Output.Source = source;
    }
}
