namespace Kommune.Protocols.Pdf.Text;

/// <summary>
/// Text drawn in one go: in one face, from <see cref="X"/> (points from the column's left edge).
/// <see cref="ActualText"/> is set when the drawn characters stand in for others the font cannot
/// carry (it is then the original text, for readers and screen readers).
/// </summary>
internal sealed class LinePiece(double x, FontFace face, string text, string? actualText)
{
    public double X { get; } = x;

    public FontFace Face { get; } = face;

    public string Text { get; } = text;

    public string? ActualText { get; } = actualText;
}
