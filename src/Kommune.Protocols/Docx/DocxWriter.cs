using DocumentFormat.OpenXml;
using Kommune.Protocols.Editions;
using Kommune.Protocols.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Docx;

/// <summary>
/// Writes a meeting's agenda or protocol as a DOCX: real Word styles and numbering, a table
/// style with repeated header rows, <i>Side X af Y</i> in the footer, and the same bytes for
/// the same meeting and options (fixed zip entry times, ids counted from fixed values, no clock,
/// no culture). The main part is streamed with <see cref="OpenXmlWriter"/>, one paragraph or
/// table at a time. Stateless: one instance can be shared between threads.
/// </summary>
public sealed class DocxWriter
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A shared instance.</summary>
    public static DocxWriter Shared { get; } = new();

    /// <summary>Writes the DOCX of <paramref name="meeting"/> to <paramref name="output"/> (left open).</summary>
    /// <param name="meeting">The meeting (the full, internal model; the public edition is made from it when asked).</param>
    /// <param name="output">A writable stream; it need not seek.</param>
    /// <param name="options">Edition, paper, language and labels; <see cref="DocxOptions.Default"/> when absent.</param>
    public void Write(Meeting meeting, Stream output, DocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(output);
        options ??= DocxOptions.Default;
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        // The one redaction step: the public edition is always the result of PublicEdition.Create.
        var edition = options.Edition == MeetingEdition.Public ? PublicEdition.Create(meeting) : meeting;
        EnsureXmlCanCarry(edition);
        var labels = options.EffectiveLabels();
        var paper = options.PaperFor(edition.Stage);
        var isDraft = RenderContext.IsDraftPaper(edition.Stage, paper);
        var language = options.Language == Language.English ? "en-GB" : "da-DK";
        var paperName = RenderContext.PaperName(labels, paper);
        var longDate = Formatting.DanishFormat.LongDate(edition.Date, options.Language);

        using var package = new DocxPackage(output);
        package.WriteXml("[Content_Types].xml", PackageParts.ContentTypes);
        package.WriteXml("_rels/.rels", PackageParts.RootRelationships);
        package.WriteXml("docProps/core.xml", w => PackageParts.CoreProperties(
            w,
            $"{paperName} \u2013 {edition.Body.Name} {longDate}",
            $"{edition.Municipality}, {edition.Body.Name}",
            language,
            isDraft ? labels.DraftMark : null));

        int numberedLists;
        using (var stream = package.OpenEntry("word/document.xml"))
        using (var writer = OpenXmlWriter.Create(stream))
        {
            writer.WriteStartDocument(true);
            writer.WriteStartElement(new W.Document(), [], [new("w", WordNs), new("r", RelationshipsNs)]);
            writer.WriteStartElement(new W.Body());
            var context = new RenderContext(edition, options, writer);
            FrontMatterRenderer.Write(context);
            foreach (var item in edition.Items)
            {
                ItemRenderer.Write(context, item);
            }

            BackMatterRenderer.WriteUnplacedTables(context);
            BackMatterRenderer.WriteAttachmentOverview(context);
            BackMatterRenderer.WriteSignatures(context);
            writer.WriteElement(SectionProperties());
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.Close();
            numberedLists = context.NumberedLists;
        }

        package.WriteXml("word/_rels/document.xml.rels", PackageParts.DocumentRelationships);
        package.WritePart("word/styles.xml", StylesPart.Build(language));
        package.WritePart("word/numbering.xml", NumberingPart.Build(numberedLists));
        package.WritePart("word/settings.xml", SettingsPart.Build(language));
        package.WritePart("word/header1.xml", HeaderFooterParts.Header($"{edition.Body.Name}\t{longDate}", isDraft ? labels.DraftMark : null));
        package.WritePart("word/footer1.xml", HeaderFooterParts.Footer(labels.PageNumber));
    }

    /// <summary>Writes the DOCX of <paramref name="meeting"/> and returns its bytes.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Edition, paper, language and labels; <see cref="DocxOptions.Default"/> when absent.</param>
    /// <returns>The DOCX bytes.</returns>
    public byte[] WriteToBytes(Meeting meeting, DocxOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(meeting, buffer, options);
        return buffer.ToArray();
    }

    private static W.SectionProperties SectionProperties() => new(
        new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = PackageParts.HeaderId },
        new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = PackageParts.FooterId },
        new W.PageSize { Width = 11906U, Height = 16838U },
        new W.PageMargin { Top = 1701, Right = 1134U, Bottom = 1418, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U });

    // Refuse before writing: XmlWriter would fail half-way through the package otherwise.
    private static void EnsureXmlCanCarry(Meeting meeting)
    {
        foreach (var (path, text) in Validation.MeetingText.Enumerate(meeting))
        {
            var at = Validation.MeetingText.FirstCharacterXmlCannotCarry(text);
            if (at >= 0)
            {
                throw new DocxTextException(path, at, text[at]);
            }
        }
    }
}
