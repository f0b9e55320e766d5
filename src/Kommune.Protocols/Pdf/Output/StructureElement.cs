using Kommune.Protocols.Pdf.Layout;

namespace Kommune.Protocols.Pdf.Output;

/// <summary>
/// One element of the structure tree while it is open: its object number, its parent, and where
/// its children start in the tree's list of open children. Written when it closes, since only
/// then are its children known.
/// </summary>
internal sealed class StructureElement(int number, string type, StructureElement? parent, StructureNode? node, int firstKid)
{
    public int Number { get; } = number;

    /// <summary>The structure type (<c>P</c>, <c>H1</c>, <c>TD</c>).</summary>
    public string Type { get; } = type;

    public StructureElement? Parent { get; } = parent;

    /// <summary>The layout's node, with the attributes; null for the document element.</summary>
    public StructureNode? Node { get; } = node;

    /// <summary>Where the element's children start in the tree's list: an element's children follow its parent's, and are removed when it closes.</summary>
    public int FirstKid { get; } = firstKid;

    /// <summary>The page (object number) of the element's first marked content; its other pages' content is referenced with the page named.</summary>
    public int Page { get; set; }

    public void Write(PdfFile file, int parentNumber, ReadOnlySpan<StructureKid> kids)
    {
        var b = file.Begin(Number).Raw("<</Type/StructElem/S"u8).Name(Type).Raw("/P "u8).Ref(parentNumber);
        if (Page != 0)
        {
            b.Raw("/Pg "u8).Ref(Page);
        }

        if (Node?.ActualText is { } actual)
        {
            b.Raw("/ActualText"u8).TextString(actual);
        }

        if (Node is { Scope: not null } or { Summary: not null })
        {
            b.Raw("/A<</O/Table"u8);
            if (Node.Scope is { } scope)
            {
                b.Raw("/Scope"u8).Name(scope);
            }

            if (Node.Summary is { } summary)
            {
                b.Raw("/Summary"u8).TextString(summary);
            }

            b.Raw(">>"u8);
        }

        b.Raw("/K["u8);
        for (var i = 0; i < kids.Length; i++)
        {
            if (i > 0)
            {
                b.Byte((byte)' ');
            }

            var kid = kids[i];
            if (kid.Element != 0)
            {
                b.Ref(kid.Element);
            }
            else if (kid.Page == Page)
            {
                b.Int(kid.Mcid);
            }
            else
            {
                b.Raw("<</Type/MCR/Pg "u8).Ref(kid.Page).Raw("/MCID "u8).Int(kid.Mcid).Raw(">>"u8);
            }
        }

        b.Raw("]>>"u8);
        file.End();
    }
}
