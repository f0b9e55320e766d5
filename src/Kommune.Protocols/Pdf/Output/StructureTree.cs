using System.Runtime.InteropServices;
using Kommune.Protocols.Pdf.Layout;

namespace Kommune.Protocols.Pdf.Output;

/// <summary>
/// The document's structure tree as it is built in reading order: a document element under the
/// root, elements opened and closed as the text is drawn, and for every page the parent tree's
/// list of which element owns each marked-content id. Closed elements are written at once, so
/// memory holds only the open ones and the parent tree's numbers. Elements close in the reverse
/// order they open, so the children of all open elements live in one list, each element's after
/// its parent's.
/// </summary>
internal sealed class StructureTree
{
    private readonly PdfFile file;
    private readonly List<List<int>> owners = [];
    private readonly List<StructureKid> kids = [];

    public StructureTree(PdfFile file)
    {
        this.file = file;
        Root = file.Reserve();
        Document = new StructureElement(file.Reserve(), "Document", null, null, 0);
    }

    /// <summary>Counts the elements opened and closed, so marked content can tell that the tree changed under it.</summary>
    public int Changes { get; private set; }

    /// <summary>The structure tree root's object number.</summary>
    public int Root { get; }

    public StructureElement Document { get; }

    /// <summary>A new element under <paramref name="parent"/>, after its children so far.</summary>
    public StructureElement Open(StructureNode node, StructureElement parent)
    {
        var number = file.Reserve();
        Changes++;
        kids.Add(new StructureKid(number, -1, 0));
        return new StructureElement(number, TypeOf(node.Tag), parent, node, kids.Count);
    }

    /// <summary>Writes a finished element (the last one opened of those still open).</summary>
    public void Close(StructureElement element)
    {
        element.Write(file, element.Parent?.Number ?? Root, CollectionsMarshal.AsSpan(kids)[element.FirstKid..]);
        kids.RemoveRange(element.FirstKid, kids.Count - element.FirstKid);
        Changes++;
    }

    /// <summary>Starts the next page's list of marked-content owners.</summary>
    public void BeginPage() => owners.Add([]);

    /// <summary>A new marked-content id on the current page (object <paramref name="page"/>), owned by <paramref name="element"/>.</summary>
    public int Mark(StructureElement element, int page)
    {
        var list = owners[^1];
        var mcid = list.Count;
        list.Add(element.Number);
        if (element.Page == 0)
        {
            element.Page = page;
        }

        kids.Add(new StructureKid(0, mcid, page));
        return mcid;
    }

    /// <summary>Closes the document element and writes the root and the parent tree (page <c>i</c>'s key is <c>i</c>).</summary>
    public void Finish()
    {
        Close(Document);
        var parentTree = file.Reserve();
        var b = file.Begin(parentTree).Raw("<</Nums["u8);
        for (var page = 0; page < owners.Count; page++)
        {
            b.Int(page).Raw("["u8);
            var list = owners[page];
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    b.Byte((byte)' ');
                }

                b.Ref(list[i]);
            }

            b.Raw("]\n"u8);
        }

        b.Raw("]>>"u8);
        file.End();
        file.Dictionary(Root, r => r.Raw("/Type/StructTreeRoot/K "u8).Ref(Document.Number)
            .Raw("/ParentTree "u8).Ref(parentTree).Raw("/ParentTreeNextKey "u8).Int(owners.Count));
    }

    private static string TypeOf(StructureTag tag) => tag switch
    {
        StructureTag.H1 => "H1",
        StructureTag.H2 => "H2",
        StructureTag.H3 => "H3",
        StructureTag.L => "L",
        StructureTag.LI => "LI",
        StructureTag.Lbl => "Lbl",
        StructureTag.LBody => "LBody",
        StructureTag.Table => "Table",
        StructureTag.TR => "TR",
        StructureTag.TH => "TH",
        StructureTag.TD => "TD",
        StructureTag.Span => "Span",
        _ => "P",
    };
}
