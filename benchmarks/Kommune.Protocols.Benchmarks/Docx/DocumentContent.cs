using System.IO.Compression;
using System.Xml.Linq;

namespace Kommune.Protocols.Benchmarks.Docx;

/// <summary>One run of text: a tab, or text that may be bold or italic.</summary>
internal readonly record struct RunContent(string Text, bool Bold, bool Italic, bool IsTab);

/// <summary>A block of the document body.</summary>
internal abstract record BlockContent;

/// <summary>A paragraph with its style and, for list items, its numbering.</summary>
internal sealed record ParagraphContent(string? Style, int? NumId, int Level, IReadOnlyList<RunContent> Runs) : BlockContent;

/// <summary>A table: column widths in twips, then rows of cells of paragraphs.</summary>
internal sealed record TableContent(IReadOnlyList<int> Widths, bool HeaderRow, IReadOnlyList<IReadOnlyList<IReadOnlyList<ParagraphContent>>> Rows) : BlockContent;

/// <summary>
/// The body of a DOCX as plain content (styles, runs, lists, tables), taken from our own output
/// so the peers build exactly the same document. The peers get it ready-made: they do not pay
/// for walking the model or formatting dates, which flatters them, not us.
/// </summary>
internal sealed class DocumentContent
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocumentContent(IReadOnlyList<BlockContent> blocks, int numberedLists, IReadOnlyDictionary<string, string> parts)
    {
        Blocks = blocks;
        NumberedLists = numberedLists;
        Parts = parts;
    }

    /// <summary>The other parts' XML (styles, numbering, header, footer) by path, for peers that build them as typed trees.</summary>
    public IReadOnlyDictionary<string, string> Parts { get; }

    /// <summary>The body's blocks in order.</summary>
    public IReadOnlyList<BlockContent> Blocks { get; }

    /// <summary>How many numbering instances the lists use beyond the bullet list.</summary>
    public int NumberedLists { get; }

    /// <summary>Reads the body of <paramref name="docx"/>.</summary>
    public static DocumentContent From(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var body = XDocument.Load(stream).Root!.Element(W + "body")!;
        var blocks = new List<BlockContent>();
        foreach (var element in body.Elements())
        {
            if (element.Name == W + "p")
            {
                blocks.Add(Paragraph(element));
            }
            else if (element.Name == W + "tbl")
            {
                blocks.Add(Table(element));
            }
        }

        var numIds = blocks.SelectMany(Paragraphs).Select(p => p.NumId ?? 0).DefaultIfEmpty(0);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in new[] { "word/styles.xml", "word/numbering.xml", "word/header1.xml", "word/footer1.xml" })
        {
            using var part = zip.GetEntry(path)!.Open();
            parts[path] = XDocument.Load(part).Root!.ToString(SaveOptions.DisableFormatting);
        }

        return new DocumentContent(blocks, numIds.Distinct().Count(id => id > 1), parts);
    }

    private static IEnumerable<ParagraphContent> Paragraphs(BlockContent block) => block switch
    {
        ParagraphContent p => [p],
        TableContent t => t.Rows.SelectMany(r => r.SelectMany(c => c)),
        _ => [],
    };

    private static TableContent Table(XElement table)
    {
        var widths = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(c => (int)c.Attribute(W + "w")!).ToList();
        var rows = table.Elements(W + "tr")
            .Select(r => (IReadOnlyList<IReadOnlyList<ParagraphContent>>)r.Elements(W + "tc")
                .Select(c => (IReadOnlyList<ParagraphContent>)c.Elements(W + "p").Select(Paragraph).ToList())
                .ToList())
            .ToList();
        var header = table.Elements(W + "tr").FirstOrDefault()?.Element(W + "trPr")?.Element(W + "tblHeader") is not null;
        return new TableContent(widths, header, rows);
    }

    private static ParagraphContent Paragraph(XElement paragraph)
    {
        var properties = paragraph.Element(W + "pPr");
        var style = (string?)properties?.Element(W + "pStyle")?.Attribute(W + "val");
        var numbering = properties?.Element(W + "numPr");
        int? numId = numbering is null ? null : (int)numbering.Element(W + "numId")!.Attribute(W + "val")!;
        var level = numbering is null ? 0 : (int)numbering.Element(W + "ilvl")!.Attribute(W + "val")!;
        var runs = new List<RunContent>();
        foreach (var run in paragraph.Elements(W + "r"))
        {
            var runProperties = run.Element(W + "rPr");
            var bold = runProperties?.Element(W + "b") is not null;
            var italic = runProperties?.Element(W + "i") is not null;
            foreach (var child in run.Elements())
            {
                if (child.Name == W + "t")
                {
                    runs.Add(new RunContent(child.Value, bold, italic, false));
                }
                else if (child.Name == W + "tab")
                {
                    runs.Add(new RunContent("", false, false, true));
                }
            }
        }

        return new ParagraphContent(style, numId, level, runs);
    }
}
