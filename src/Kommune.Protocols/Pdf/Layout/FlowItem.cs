namespace Kommune.Protocols.Pdf.Layout;

/// <summary>
/// A piece of the page flow that is placed whole: a line of text, or a table row (which splits
/// only when it is taller than a page). Items are stacked top to bottom with
/// <see cref="SpaceBefore"/> between them; that space is dropped at the top of a page or cell.
/// </summary>
internal abstract class FlowItem
{
    private protected FlowItem()
    {
    }

    public abstract double Height { get; }

    public double SpaceBefore { get; set; }

    /// <summary>The item must sit on the same page as the next one (a heading and its text, a header row and the first row).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>The item starts a new page.</summary>
    public bool PageBreakBefore { get; set; }
}

/// <summary>A line of text (or an empty paragraph, or the line to sign on): the operations to draw it, relative to its top-left corner.</summary>
internal sealed class LineItem(double height, IReadOnlyList<DrawOp> ops) : FlowItem
{
    public override double Height { get; } = height;

    public IReadOnlyList<DrawOp> Ops { get; } = ops;
}
