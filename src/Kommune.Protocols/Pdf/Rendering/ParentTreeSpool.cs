using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// Keeps PDFsharp's structure parent tree short while pages are drawn. PDFsharp 6.2.4 looks up
/// the current page's entry by scanning the tree's whole <c>/Nums</c> array (two items per page)
/// several times for every marked-content sequence, which makes a long paper quadratic (a
/// 3,000-page protocol spent most of its time there). A finished page's entry is never touched
/// again, so after each page its entries are parked here, and put back in the same order before
/// the document is saved: the file is the same, the scans stay short.
/// </summary>
internal sealed class ParentTreeSpool(UAManager accessibility)
{
    private readonly List<PdfItem> parked = [];

    /// <summary>Moves the finished pages' entries out of the tree.</summary>
    public void Park()
    {
        if (Nums() is not { } nums)
        {
            return;
        }

        for (var i = 0; i < nums.Elements.Count; i++)
        {
            parked.Add(nums.Elements[i]);
        }

        nums.Elements.Clear();
    }

    /// <summary>Puts every parked entry back, in page order.</summary>
    public void Restore()
    {
        if (Nums() is not { } nums)
        {
            return;
        }

        var current = new List<PdfItem>(nums.Elements.Count);
        for (var i = 0; i < nums.Elements.Count; i++)
        {
            current.Add(nums.Elements[i]);
        }

        nums.Elements.Clear();
        foreach (var item in parked)
        {
            nums.Elements.Add(item);
        }

        foreach (var item in current)
        {
            nums.Elements.Add(item);
        }

        parked.Clear();
    }

    private PdfArray? Nums() =>
        accessibility.StructureTreeRoot.Elements.GetDictionary("/ParentTree") is { } tree ? tree.Elements.GetArray("/Nums") : null;
}
