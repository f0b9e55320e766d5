using System.IO.Compression;
using System.Xml;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// The DOCX as an Open Packaging package: a zip whose entries are parts, each with a content type
/// from <c>[Content_Types].xml</c>, found through relationships starting at <c>/_rels/.rels</c>,
/// as Word finds them (no part name is assumed).
/// </summary>
internal sealed class ProjectionPackage : IDisposable
{
    private static readonly byte[] CentralDirectorySignature = [(byte)'P', (byte)'K', 1, 2];

    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> parts;
    private readonly ProjectionBudget budget;
    private readonly XmlNameTable names;
    private ContentTypes? contentTypes;

    private ProjectionPackage(ZipArchive zip, Dictionary<string, ZipArchiveEntry> parts, ProjectionBudget budget, XmlNameTable names)
    {
        this.zip = zip;
        this.parts = parts;
        this.budget = budget;
        this.names = names;
    }

    private ContentTypes Types => contentTypes ?? throw new InvalidOperationException("Content types are read when the package is opened.");

    public static ProjectionPackage Open(ArraySegment<byte> input, ProjectionBudget budget, XmlNameTable names)
    {
        CheckEntryCount(input, budget.Options.MaxEntries);
        ZipArchive zip;
        Dictionary<string, ZipArchiveEntry> parts;
        try
        {
            zip = new ZipArchive(new MemoryStream(input.Array!, input.Offset, input.Count, writable: false), ZipArchiveMode.Read);
            parts = Index(zip, budget.Options.MaxEntries);
        }
        catch (Exception error) when (error is InvalidDataException or IOException or NotSupportedException)
        {
            throw Refusal.Package("it is not a readable zip archive (" + error.Message + ")", error);
        }

        var package = new ProjectionPackage(zip, parts, budget, names);
        try
        {
            if (!package.Exists(OpcNames.ContentTypesEntry))
            {
                throw Refusal.Package("the zip has no [Content_Types].xml, so it is not an Office Open XML package (an ODF file such as ODT is a zip without one)");
            }

            using var xml = package.OpenPart(OpcNames.ContentTypesEntry);
            package.contentTypes = ContentTypes.Read(xml, package.Exists);
            return package;
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    public bool Exists(string part) => parts.ContainsKey(part);

    public string? ContentTypeOf(string part) => Types.Of(part);

    /// <summary>The relationships of a part (<c>/</c> for the package); none when it has no relationships part.</summary>
    public Relationships RelationshipsOf(string source)
    {
        var name = PartNames.RelationshipsOf(source);
        if (!Exists(name))
        {
            return Relationships.None;
        }

        using var xml = OpenPart(name);
        return Relationships.Read(xml, source);
    }

    /// <summary>The part the package's officeDocument relationship points at, checked to be a Word main document.</summary>
    public string MainDocument()
    {
        var main = RelationshipsOf("/").All.Where(r => OpcNames.IsRelationshipType(r.Type, "officeDocument")).ToList();
        if (main.Count != 1 || main[0].External)
        {
            throw Refusal.Package(main.Count == 0
                ? "the package has no main document (no officeDocument relationship in /_rels/.rels)"
                : "the package has " + main.Count + " main document relationships, or an external one, where Word takes exactly one internal part");
        }

        var part = main[0].TargetPart;
        if (part is null || !Exists(part))
        {
            throw Refusal.Package("the main document " + (part ?? "\"" + main[0].Target + "\"") + " named in /_rels/.rels is not in the zip");
        }

        var type = ContentTypeOf(part);
        if (!OpcNames.MainDocumentContentTypes.Any(t => OpcNames.SameContentType(type, t)))
        {
            throw Refusal.Part(part, "is the main document but has the content type " + (type ?? "(none)") + ", not a Word document's (is it a spreadsheet or a presentation?)");
        }

        return part;
    }

    /// <summary>
    /// The part a relationship of <paramref name="source"/> points at, checked: in the zip, not
    /// the source itself (a loop), and of the content type the relationship type promises.
    /// </summary>
    public string Target(Relationship relationship, string source, string contentType)
    {
        var part = relationship.TargetPart;
        if (part is null || !Exists(part))
        {
            throw Refusal.Part(source, "has relationship " + relationship.Id + " to " + (part ?? "\"" + relationship.Target + "\"") + ", which is not in the zip");
        }

        if (PartNames.Comparer.Equals(part, source))
        {
            throw Refusal.Part(source, "has relationship " + relationship.Id + " pointing back at itself (a relationship loop)");
        }

        var type = ContentTypeOf(part);
        if (!OpcNames.SameContentType(type, contentType))
        {
            throw Refusal.Part(part, "has the content type " + (type ?? "(none)") + " where " + contentType + " is expected");
        }

        return part;
    }

    /// <summary>Opens a part for reading as XML.</summary>
    public PartXml OpenPart(string part)
    {
        Stream stream;
        try
        {
            stream = parts[part].Open();
        }
        catch (Exception error) when (error is InvalidDataException or IOException or NotSupportedException)
        {
            throw Refusal.Part(part, "cannot be opened (" + error.Message + ")", null, error);
        }

        return new PartXml(stream, part, budget, names);
    }

    public void Dispose() => zip.Dispose();

    // ZipArchive builds an object for every central directory record before anyone can count
    // them, so a small file claiming millions of entries would cost gigabytes. Every record
    // starts with this signature: counting the signatures in the bytes is an upper bound that
    // needs no trust in the directory and no memory.
    private static void CheckEntryCount(ReadOnlySpan<byte> input, int max)
    {
        var count = 0;
        int at;
        while ((at = input.IndexOf(CentralDirectorySignature)) >= 0)
        {
            if (++count > max)
            {
                throw Refusal.Limit(nameof(DocxProjectionOptions.MaxEntries), max, "the number of zip entries");
            }

            input = input[(at + CentralDirectorySignature.Length)..];
        }
    }

    private static Dictionary<string, ZipArchiveEntry> Index(ZipArchive zip, int max)
    {
        var entries = zip.Entries;
        if (entries.Count > max)
        {
            throw Refusal.Limit(nameof(DocxProjectionOptions.MaxEntries), max, "the number of zip entries");
        }

        var parts = new Dictionary<string, ZipArchiveEntry>(PartNames.Comparer);
        foreach (var entry in entries)
        {
            if (PartNames.FromEntry(entry.FullName) is { } name && !parts.TryAdd(name, entry))
            {
                throw Refusal.Package("the zip holds two entries named " + name);
            }
        }

        return parts;
    }
}
