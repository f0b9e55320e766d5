using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Pdf.Layout;
using Kommune.Protocols.Pdf.Output;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// Writes laid-out pages as a tagged PDF: running heads and borders as artifacts, text inside its
/// structure elements in reading order, bookmarks from the headings, the title, subject and
/// language, fixed dates, XMP metadata with the PDF/UA identification, and the embedded font
/// subsets. Each page is written to the target as soon as it is drawn; what stays in memory is
/// the open structure elements, the parent tree's numbers and the outline.
/// </summary>
internal static class PdfRenderer
{
    /// <summary>The application named in the document information and XMP metadata.</summary>
    public const string Creator = "Kommune.Protocols";

    public static void Render(PaperDocument paper, IEnumerable<LaidPage> pages, FixedDate date, Stream output)
    {
        using var file = new PdfFile(output);
        var catalog = file.Reserve();
        var pageTree = file.Reserve();
        var resources = file.Reserve();
        var fonts = new PdfFonts(file);
        var tree = new StructureTree(file);
        var emitter = new StructureEmitter(tree);
        var content = new PageContent(fonts, tree);
        var heads = new RunningHeads(paper);
        var outline = new List<OutlineEntry>();
        var pageNumbers = new List<int>();
        var feet = new List<int>();
        var p = 0;
        foreach (var laid in pages)
        {
            var page = file.Reserve();
            pageNumbers.Add(page);
            content.Begin(page);
            content.MarkArtifact();
            heads.DrawHead(content);
            foreach (var placed in laid.Ops)
            {
                Draw(placed, p, content, emitter, outline);
            }

            content.EndMarked();
            var stream = file.Reserve();
            file.Stream(stream, content.Written, compress: true);

            // The foot says how many pages there are, so it is a second content stream, written at the end.
            var foot = file.Reserve();
            feet.Add(foot);
            file.Dictionary(page, b => b.Raw("/Type/Page/Parent "u8).Ref(pageTree)
                .Raw("/MediaBox[0 0 "u8).Number(PageGeometry.Width).Byte((byte)' ').Number(PageGeometry.Height)
                .Raw("]/Resources "u8).Ref(resources).Raw("/Contents["u8).Ref(stream).Byte((byte)' ').Ref(foot)
                .Raw("]/StructParents "u8).Int(p).Raw("/Tabs/S"u8));
            p++;
        }

        for (var i = 0; i < feet.Count; i++)
        {
            content.Begin(pageNumbers[i], structured: false);
            content.MarkArtifact();
            heads.DrawFoot(content, i + 1, feet.Count);
            content.EndMarked();
            file.Stream(feet[i], content.Written, compress: true);
        }

        emitter.CloseBelow(null);
        tree.Finish();
        fonts.Write(resources);
        file.Dictionary(pageTree, b =>
        {
            b.Raw("/Type/Pages/Count "u8).Int(pageNumbers.Count).Raw("/Kids["u8);
            for (var i = 0; i < pageNumbers.Count; i++)
            {
                (i > 0 ? b.Byte((byte)' ') : b).Ref(pageNumbers[i]);
            }

            b.Byte((byte)']');
        });
        var outlines = OutlineTree.Write(file, outline, pageNumbers);
        var info = file.Add(b => b.Raw("/Title"u8).TextString(paper.Title).Raw("/Subject"u8).TextString(paper.Subject)
            .Raw("/Creator"u8).TextString(Creator).Raw("/Producer"u8).TextString(Creator)
            .Raw("/CreationDate"u8).TextString(date.PdfDate).Raw("/ModDate"u8).TextString(date.PdfDate));

        // The content written so far identifies the document; the metadata names it too, so it comes last.
        var id = file.ContentId();
        var uuid = new Guid(id, bigEndian: true).ToString("D", System.Globalization.CultureInfo.InvariantCulture);
        var metadata = file.Reserve();
        var packet = XmpPacket.Build(paper.Title, paper.Subject, paper.LanguageTag, date.XmpDate, uuid);
        file.Stream(metadata, packet, compress: false, b => b.Raw("/Type/Metadata/Subtype/XML"u8));
        file.Dictionary(catalog, b =>
        {
            b.Raw("/Type/Catalog/Pages "u8).Ref(pageTree).Raw("/Lang"u8).TextString(paper.LanguageTag)
                .Raw("/MarkInfo<</Marked true>>/StructTreeRoot "u8).Ref(tree.Root)
                .Raw("/ViewerPreferences<</DisplayDocTitle true>>/Metadata "u8).Ref(metadata);
            if (outlines != 0)
            {
                b.Raw("/Outlines "u8).Ref(outlines).Raw("/PageMode/UseOutlines"u8);
            }
        });
        file.Finish(catalog, info, id);
    }

    private static void Draw(Placed placed, int page, PageContent content, StructureEmitter emitter, List<OutlineEntry> outline)
    {
        var (dx, dy) = (placed.Dx, placed.Dy);
        switch (placed.Op)
        {
            case TextOp text:
                if (placed.Artifact || text.Node is null)
                {
                    content.MarkArtifact();
                }
                else
                {
                    content.MarkElement(emitter.Open(text.Node));
                }

                content.Text(text.Text, text.Face, text.Size, text.Color, text.X + dx, text.Baseline + dy);
                break;
            case LineOp line:
                content.MarkArtifact();
                content.Line(line.X1 + dx, line.Y1 + dy, line.X2 + dx, line.Y2 + dy, line.Width, line.Color);
                break;
            case FillOp fill:
                content.MarkArtifact();
                content.Rectangle(fill.X + dx, fill.Y + dy, fill.Width, fill.Height, fill.Color);
                break;
            case OpenOp open when !placed.Artifact:
                emitter.Open(open.Node);
                break;
            case CloseOp close when !placed.Artifact:
                emitter.CloseBelow(close.KeepOpen);
                break;
            case OutlineOp bookmark when !placed.Artifact:
                outline.Add(new OutlineEntry(bookmark.Level, bookmark.Title, page, dy));
                break;
        }
    }
}
