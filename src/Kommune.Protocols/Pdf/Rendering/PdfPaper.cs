using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Pdf.Layout;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>The writer's pipeline: blocks to flow items, items to pages, pages to a tagged PDFsharp document, and its saved bytes to the target, patched.</summary>
internal static class PdfPaper
{
    public static void Write(PaperDocument paper, FixedDate date, Stream output)
    {
        using var culture = InvariantCultureScope.Enter();
        var items = new BlockLayout(PageGeometry.TextWidth, parent: null, inCell: false).Items(paper.Blocks);
        var pages = Paginator.Paginate(items);
        using var document = PdfRenderer.Render(paper, pages, date);
        using var saved = new MemoryStream();
        document.Save(saved, closeStream: false);
        var producer = document.Info.Producer;
        SavedPdfPatch.Write(
            saved.GetBuffer().AsSpan(0, (int)saved.Length),
            uuid => XmpPacket.Build(paper.Title, paper.Subject, paper.LanguageTag, producer, date.XmpDate, uuid),
            output);
    }
}
