using Kommune.Protocols.Pdf.Layout;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// Keeps PDFsharp's structure builder in step with the layout's structure nodes. Before each
/// piece of text it closes the open elements that are not ancestors of the text's node and opens
/// the missing ones (so reading order is drawing order, and an element whose text crosses a page
/// stays one element); artifacts (running heads, borders, repeated header rows) are wrapped in
/// artifact marked content without disturbing the open elements. The elements hang under the
/// document element PDFsharp's <see cref="UAManager"/> creates.
/// </summary>
internal sealed class StructureEmitter(StructureBuilder builder)
{
    private readonly List<StructureNode> open = [];
    private readonly List<StructureNode> chain = [];
    private bool inArtifact;

    /// <summary>Opens <paramref name="node"/> and its ancestors, closing whatever else is open.</summary>
    public void Open(StructureNode node)
    {
        EndArtifact();
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
            Begin(chain[i]);
            open.Add(chain[i]);
        }
    }

    /// <summary>Closes every open element below <paramref name="keepOpen"/> (all of them when it is null or not open).</summary>
    public void CloseBelow(StructureNode? keepOpen)
    {
        EndArtifact();
        while (open.Count > 0 && !ReferenceEquals(open[^1], keepOpen))
        {
            Close();
        }
    }

    /// <summary>Starts artifact content, unless it is already running.</summary>
    public void BeginArtifact()
    {
        if (!inArtifact)
        {
            builder.BeginArtifact();
            inArtifact = true;
        }
    }

    /// <summary>Ends artifact content, if it is running.</summary>
    public void EndArtifact()
    {
        if (inArtifact)
        {
            builder.End();
            inArtifact = false;
        }
    }

    /// <summary>Ends the page's marked content (elements stay open); PDFsharp would otherwise end it on the next page, after this page's graphics are gone.</summary>
    public void EndPage()
    {
        EndArtifact();
        builder.EndMarkedContentsWithId();
    }

    private void Close()
    {
        builder.End();
        open.RemoveAt(open.Count - 1);
    }

    private void Begin(StructureNode node)
    {
        switch (node.Tag)
        {
            case StructureTag.Span:
                builder.BeginElement(PdfInlineLevelElementTag.Span);
                break;
            default:
                builder.BeginElement(BlockTag(node.Tag));
                break;
        }

        var element = builder.CurrentStructureElement;
        if (node.ActualText is { } actual)
        {
            element.Elements.SetString("/ActualText", actual);
        }

        if (node.Scope is { } scope)
        {
            element.TableAttributes.Elements.SetName("/Scope", "/" + scope);
        }

        if (node.Summary is { } summary)
        {
            element.TableAttributes.Elements.SetString("/Summary", summary);
        }
    }

    private static PdfBlockLevelElementTag BlockTag(StructureTag tag) => tag switch
    {
        StructureTag.H1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.H2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.H3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.L => PdfBlockLevelElementTag.List,
        StructureTag.LI => PdfBlockLevelElementTag.ListItem,
        StructureTag.Lbl => PdfBlockLevelElementTag.Label,
        StructureTag.LBody => PdfBlockLevelElementTag.ListBody,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.TR => PdfBlockLevelElementTag.TableRow,
        StructureTag.TH => PdfBlockLevelElementTag.TableHeaderCell,
        StructureTag.TD => PdfBlockLevelElementTag.TableDataCell,
        _ => PdfBlockLevelElementTag.Paragraph,
    };
}
