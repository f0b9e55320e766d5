using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Pdf.Layout;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>The writer's pipeline: blocks to flow items, items to pages, pages to a tagged PDF in memory, then to the target.</summary>
internal static class PdfPaper
{
    public static void Write(PaperDocument paper, FixedDate date, Stream output)
    {
        var items = new BlockLayout(PageGeometry.TextWidth, parent: null, inCell: false).Items(paper.Blocks);
        var pages = Paginator.Paginate(items);
        PdfRenderer.Render(paper, pages, date, output);
    }
}
