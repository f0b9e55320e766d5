namespace Kommune.Protocols.Pdf.Layout;

/// <summary>An operation placed on a page: drawn at its own coordinates plus (<see cref="Dx"/>, <see cref="Dy"/>), as an artifact when <see cref="Artifact"/> is set.</summary>
internal readonly record struct Placed(DrawOp Op, double Dx, double Dy, bool Artifact);

/// <summary>One page of the laid-out paper, in drawing (and reading) order.</summary>
internal sealed class LaidPage(int capacity = 16)
{
    public List<Placed> Ops { get; } = new(capacity);
}
