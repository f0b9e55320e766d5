using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Pdf.Layout;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>The writer's pipeline: blocks to flow items, items to pages, pages to a tagged PDF, each stage pulling from the one before, so a page is laid out, written and let go before the next.</summary>
internal static class PdfPaper
{
    public static void Write(PaperDocument paper, FixedDate date, Stream output)
    {
        var items = new BlockLayout(PageGeometry.TextWidth, parent: null, inCell: false).Items(paper.Blocks);
        PdfRenderer.Render(paper, Paginator.Pages(items), date, output);
    }
}
