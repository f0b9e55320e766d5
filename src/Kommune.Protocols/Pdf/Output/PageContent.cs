using Kommune.Protocols.Pdf.Layout;
using Kommune.Protocols.Pdf.Text;

namespace Kommune.Protocols.Pdf.Output;

/// <summary>
/// One page's content stream: text, lines and fills in the page's y-down coordinates (turned
/// into PDF's y-up ones here), each inside marked content: an element's content with its
/// marked-content id, or an artifact. The font, colours and line width are set only when they
/// change.
/// </summary>
internal sealed class PageContent(PdfFonts fonts, StructureTree tree)
{
    private readonly PdfBytes content = new(64 * 1024);
    private StructureElement? marked;
    private int markedAt;
    private bool inArtifact;
    private int pageNumber;
    private FontResource? font;
    private double fontSize;
    private Rgb? fill;
    private Rgb? stroke;
    private double lineWidth;

    /// <summary>The content stream written so far.</summary>
    public ReadOnlySpan<byte> Written => content.Written;

    /// <summary>Starts the content of the page object <paramref name="page"/>; <paramref name="structured"/> when it holds structure content (the parent tree gets an entry for it).</summary>
    public void Begin(int page, bool structured = true)
    {
        content.Clear();
        pageNumber = page;
        marked = null;
        inArtifact = false;
        font = null;
        fill = null;
        stroke = null;
        lineWidth = -1;
        if (structured)
        {
            tree.BeginPage();
        }
    }

    /// <summary>What is drawn next belongs to <paramref name="element"/>: the running sequence goes on, unless an element opened or closed since it began (then the order of the element's children needs a new one).</summary>
    public void MarkElement(StructureElement element)
    {
        if (ReferenceEquals(marked, element) && markedAt == tree.Changes)
        {
            return;
        }

        EndMarked();
        var mcid = tree.Mark(element, pageNumber);
        content.Name(element.Type).Raw("<</MCID "u8).Int(mcid).Raw(">>BDC\n"u8);
        marked = element;
        markedAt = tree.Changes;
    }

    /// <summary>What is drawn next is an artifact (running heads, borders, repeated header rows).</summary>
    public void MarkArtifact()
    {
        if (inArtifact)
        {
            return;
        }

        EndMarked();
        content.Raw("/Artifact BMC\n"u8);
        inArtifact = true;
    }

    /// <summary>Ends the open marked content; call before the page's content is taken.</summary>
    public void EndMarked()
    {
        if (marked is not null || inArtifact)
        {
            content.Raw("EMC\n"u8);
            marked = null;
            inArtifact = false;
        }
    }

    public void Text(string text, FontFace face, double size, Rgb color, double x, double baseline)
    {
        if (text.Length == 0)
        {
            return;
        }

        Fill(color);
        var resource = fonts.For(face);
        if (!ReferenceEquals(resource, font) || size != fontSize)
        {
            content.Name(resource.ResourceName).Byte((byte)' ').Number(size).Raw(" Tf\n"u8);
            font = resource;
            fontSize = size;
        }

        content.Raw("BT "u8).Number(x).Byte((byte)' ').Number(PageGeometry.Height - baseline).Raw(" Td "u8);
        resource.Show(text, content);
        content.Raw("Tj ET\n"u8);
    }

    public void Line(double x1, double y1, double x2, double y2, double width, Rgb color)
    {
        if (stroke != color)
        {
            Color(color).Raw(" RG\n"u8);
            stroke = color;
        }

        if (width != lineWidth)
        {
            content.Number(width).Raw(" w\n"u8);
            lineWidth = width;
        }

        content.Number(x1).Byte((byte)' ').Number(PageGeometry.Height - y1).Raw(" m "u8)
            .Number(x2).Byte((byte)' ').Number(PageGeometry.Height - y2).Raw(" l S\n"u8);
    }

    public void Rectangle(double x, double y, double width, double height, Rgb color)
    {
        Fill(color);
        content.Number(x).Byte((byte)' ').Number(PageGeometry.Height - y - height).Byte((byte)' ')
            .Number(width).Byte((byte)' ').Number(height).Raw(" re f\n"u8);
    }

    private void Fill(Rgb color)
    {
        if (fill != color)
        {
            Color(color).Raw(" rg\n"u8);
            fill = color;
        }
    }

    private PdfBytes Color(Rgb color) =>
        content.Number(color.R / 255.0).Byte((byte)' ').Number(color.G / 255.0).Byte((byte)' ').Number(color.B / 255.0);
}
