using Kommune.Protocols.Pdf.Text;

namespace Kommune.Protocols.Pdf.Layout;

/// <summary>How one kind of paragraph looks: the PDF twin of a DOCX paragraph style (sizes and spacing in points).</summary>
internal sealed record BlockStyle
{
    /// <summary>Word's <c>auto 264</c> line spacing from the DOCX defaults: 1.1 lines.</summary>
    public const double LineFactor = 1.1;

    public double Size { get; init; } = 11;

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; } = 6;

    /// <summary>The paragraph's lines start here; the first line may start elsewhere (<see cref="FirstLineIndent"/>).</summary>
    public double LeftIndent { get; init; }

    /// <summary>Added to <see cref="LeftIndent"/> for the first line (negative: a hanging indent).</summary>
    public double FirstLineIndent { get; init; }

    public double RightIndent { get; init; }

    public IReadOnlyList<TabStop> TabStops { get; init; } = [];

    /// <summary>Keeps the paragraph's last line on the page of the next paragraph's first line.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Keeps all the paragraph's lines on one page.</summary>
    public bool KeepLines { get; init; }

    public Rgb Color { get; init; } = Rgb.Black;

    /// <summary>The height of one line.</summary>
    public double LineHeight => Size * GlyphMap.For(FontFace.Regular).LineSpacing * LineFactor;

    /// <summary>The baseline's distance from the top of a line: the extra line spacing is shared above and below the text.</summary>
    public double Baseline
    {
        get
        {
            var metrics = GlyphMap.For(FontFace.Regular);
            var extra = LineHeight - (Size * (metrics.Ascent + metrics.Descent));
            return (extra / 2) + (Size * metrics.Ascent);
        }
    }

    public FontFace FaceFor(bool bold, bool italic) => FontFaces.Of(Bold || bold, Italic || italic);

    /// <summary>The line format at a column <paramref name="width"/> wide.</summary>
    public LineFormat Lines(double width) => new()
    {
        Size = Size,
        FirstLineStart = LeftIndent + FirstLineIndent,
        LineStart = LeftIndent,
        LineEnd = width - RightIndent,
        TabStops = TabStops,
    };
}
