using Kommune.Protocols.Pdf.Layout;
using Kommune.Protocols.Pdf.Output;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// Keeps the structure tree in step with the layout's structure nodes. Before each piece of text
/// it closes the open elements that are not ancestors of the text's node and opens the missing
/// ones, so reading order is drawing order, an element whose text crosses a page stays one
/// element, and a node opened again after it was closed (a table row continued on the next page)
/// becomes a second element.
/// </summary>
internal sealed class StructureEmitter(StructureTree tree)
{
    private readonly List<StructureNode> open = [];
    private readonly List<StructureElement> elements = [];
    private readonly List<StructureNode> chain = [];

    /// <summary>Opens <paramref name="node"/> and its ancestors, closing whatever else is open, and returns its element.</summary>
    public StructureElement Open(StructureNode node)
    {
        chain.Clear();
        for (var n = node; n is not null; n = n.Parent)
        {
            chain.Add(n);
        }

        chain.Reverse();
        var common = 0;
        while (common < open.Count && common < chain.Count && ReferenceEquals(open[common], chain[common]))
        {
            common++;
        }

        while (open.Count > common)
        {
            Close();
        }

        for (var i = common; i < chain.Count; i++)
        {
            var parent = elements.Count == 0 ? tree.Document : elements[^1];
            elements.Add(tree.Open(chain[i], parent));
            open.Add(chain[i]);
        }

        return elements[^1];
    }

    /// <summary>Closes every open element below <paramref name="keepOpen"/> (all of them when it is null or not open).</summary>
    public void CloseBelow(StructureNode? keepOpen)
    {
        while (open.Count > 0 && !ReferenceEquals(open[^1], keepOpen))
        {
            Close();
        }
    }

    private void Close()
    {
        tree.Close(elements[^1]);
        elements.RemoveAt(elements.Count - 1);
        open.RemoveAt(open.Count - 1);
    }
}
