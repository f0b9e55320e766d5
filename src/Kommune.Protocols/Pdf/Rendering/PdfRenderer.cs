using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// Draws laid-out pages into a tagged PDFsharp document: running heads and borders as artifacts,
/// text inside its structure elements in reading order, bookmarks from the headings, the title,
/// subject and language, fixed dates, and subset tags made from the content instead of at random.
/// </summary>
internal static class PdfRenderer
{
    /// <summary>The application named in the document information and XMP metadata.</summary>
    public const string Creator = "Kommune.Protocols";

    public static PdfDocument Render(PaperDocument paper, IReadOnlyList<LaidPage> pages, FixedDate date)
    {
        var document = new PdfDocument();
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage(paper.LanguageTag);
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageMode = PdfPageMode.UseOutlines;
        var info = document.Info;
        info.Title = paper.Title;
        info.Subject = paper.Subject;
        info.Creator = Creator;

        // Written as strings: PDFsharp formats dates with the local time zone and the current culture's calendar.
        info.Elements.SetString("/CreationDate", date.PdfDate);
        info.Elements.SetString("/ModDate", date.PdfDate);

        var emitter = new StructureEmitter(accessibility.StructureBuilder);
        var parentTree = new ParentTreeSpool(accessibility);
        var heads = new RunningHeads(paper);
        var outline = new List<OutlineEntry>();
        using var canvas = new PageCanvas();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageGeometry.Width);
            page.Height = XUnit.FromPoint(PageGeometry.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            canvas.Graphics = graphics;
            emitter.BeginArtifact();
            heads.Draw(canvas, p + 1, pages.Count);
            foreach (var placed in pages[p].Ops)
            {
                Draw(placed, p, canvas, emitter, outline);
            }

            emitter.EndPage();
            parentTree.Park();
            canvas.Graphics = null;
        }

        emitter.CloseBelow(null);
        parentTree.Restore();
        Bookmarks.Add(document, outline);
        SubsetTags.Fix(document, canvas.TextDigest());
        return document;
    }

    private static void Draw(Placed placed, int page, PageCanvas canvas, StructureEmitter emitter, List<OutlineEntry> outline)
    {
        var (dx, dy) = (placed.Dx, placed.Dy);
        switch (placed.Op)
        {
            case TextOp text:
                if (placed.Artifact || text.Node is null)
                {
                    emitter.BeginArtifact();
                }
                else
                {
                    emitter.Open(text.Node);
                }

                canvas.Text(text.Text, text.Face, text.Size, text.Color, text.X + dx, text.Baseline + dy);
                break;
            case LineOp line:
                emitter.BeginArtifact();
                canvas.Line(line.X1 + dx, line.Y1 + dy, line.X2 + dx, line.Y2 + dy, line.Width, line.Color);
                break;
            case FillOp fill:
                emitter.BeginArtifact();
                canvas.Fill(fill.X + dx, fill.Y + dy, fill.Width, fill.Height, fill.Color);
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
