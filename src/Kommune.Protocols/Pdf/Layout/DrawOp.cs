using Kommune.Protocols.Pdf.Text;

namespace Kommune.Protocols.Pdf.Layout;

/// <summary>One thing to draw or one structure event, with coordinates relative to the item that holds it (points, y downwards).</summary>
internal abstract class DrawOp
{
    private protected DrawOp()
    {
    }
}

/// <summary>Text at a baseline. A null <see cref="Node"/> marks it as an artifact (a repeated header row, a running head).</summary>
internal sealed class TextOp(StructureNode? node, double x, double baseline, FontFace face, double size, string text, Rgb color) : DrawOp
{
    public StructureNode? Node { get; } = node;

    public double X { get; } = x;

    public double Baseline { get; } = baseline;

    public FontFace Face { get; } = face;

    public double Size { get; } = size;

    public string Text { get; } = text;

    public Rgb Color { get; } = color;
}

/// <summary>A straight line; always an artifact (table borders, the line to sign on).</summary>
internal sealed class LineOp(double x1, double y1, double x2, double y2, double width, Rgb color) : DrawOp
{
    public double X1 { get; } = x1;

    public double Y1 { get; } = y1;

    public double X2 { get; } = x2;

    public double Y2 { get; } = y2;

    public double Width { get; } = width;

    public Rgb Color { get; } = color;
}

/// <summary>A filled rectangle; always an artifact (the shading of a table's header row).</summary>
internal sealed class FillOp(double x, double y, double width, double height, Rgb color) : DrawOp
{
    public double X { get; } = x;

    public double Y { get; } = y;

    public double Width { get; } = width;

    public double Height { get; } = height;

    public Rgb Color { get; } = color;
}

/// <summary>Makes sure <see cref="Node"/> (and its ancestors) are open even if nothing is drawn in it: an empty table cell is still a cell.</summary>
internal sealed class OpenOp(StructureNode node) : DrawOp
{
    public StructureNode Node { get; } = node;
}

/// <summary>Closes every open element below <see cref="KeepOpen"/> (all of them when null), so the next text opens new elements: a table row ends.</summary>
internal sealed class CloseOp(StructureNode? keepOpen) : DrawOp
{
    public StructureNode? KeepOpen { get; } = keepOpen;
}

/// <summary>A bookmark to the position of the item that holds it (a heading).</summary>
internal sealed class OutlineOp(int level, string title) : DrawOp
{
    public int Level { get; } = level;

    public string Title { get; } = title;
}
