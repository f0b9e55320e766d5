namespace Kommune.Protocols.Pdf.Layout;

/// <summary>
/// A structure element as the layout knows it: its type, its parent (null under the document
/// element) and the few attributes the writer sets. Drawn text points at the node it belongs to;
/// the renderer opens and closes elements as it walks the text in reading order, so a node whose
/// text crosses a page stays one element, and a node opened again after it was closed (a table
/// row continued on the next page) becomes a second element.
/// </summary>
internal sealed class StructureNode
{
    public StructureNode(StructureTag tag, StructureNode? parent)
    {
        Tag = tag;
        Parent = parent;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    public StructureTag Tag { get; }

    public StructureNode? Parent { get; }

    /// <summary>1 for a child of the document element.</summary>
    public int Depth { get; }

    /// <summary>The text a reader should use instead of the drawn characters (a stand-in for characters the font lacks).</summary>
    public string? ActualText { get; init; }

    /// <summary>A table header cell's scope (<c>Column</c>).</summary>
    public string? Scope { get; init; }

    /// <summary>A table's summary (its caption where the paper prints none).</summary>
    public string? Summary { get; init; }
}
