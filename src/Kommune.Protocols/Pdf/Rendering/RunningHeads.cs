using System.Globalization;
using System.Text;
using Kommune.Protocols.Paper.Blocks;
using Kommune.Protocols.Pdf.Layout;
using Kommune.Protocols.Pdf.Output;
using Kommune.Protocols.Pdf.Text;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// The running head (the body at the left, the date at the right, the draft mark under them) and
/// foot (<i>Side 2 af 7</i>, centred), drawn on every page as pagination artifacts; the foot
/// separately, once the number of pages is known. A body name
/// too long for the head is cut with an ellipsis there; the front page prints it in full.
/// </summary>
internal sealed class RunningHeads(PaperDocument paper)
{
    private const double Gap = 12;

    private readonly BlockStyle style = PdfStyles.HeaderFooter;
    private readonly IReadOnlyList<LinePiece> right = OneLine(paper.HeaderRight, PdfStyles.HeaderFooter, PageGeometry.TextWidth);
    private readonly IReadOnlyList<LinePiece>? draft = paper.DraftMark is { } mark ? OneLine(mark, PdfStyles.DraftMark, PageGeometry.TextWidth) : null;
    private IReadOnlyList<LinePiece>? left;

    /// <summary>Draws the head: the same on every page.</summary>
    public void DrawHead(PageContent canvas)
    {
        var top = PageGeometry.HeaderDistance;
        var rightWidth = Width(right, style);
        left ??= OneLine(paper.HeaderLeft, style, PageGeometry.TextWidth - rightWidth - Gap);
        DrawPieces(canvas, left, style, PageGeometry.Left, top);
        DrawPieces(canvas, right, style, PageGeometry.Left + PageGeometry.TextWidth - rightWidth, top);
        if (draft is not null)
        {
            DrawPieces(canvas, draft, PdfStyles.DraftMark, PageGeometry.Left, top + style.LineHeight);
        }
    }

    /// <summary>Draws the foot of page <paramref name="page"/> of <paramref name="pages"/>.</summary>
    public void DrawFoot(PageContent canvas, int page, int pages)
    {
        var label = new StringBuilder();
        foreach (var part in paper.PageLabel)
        {
            label.Append(part.Kind switch
            {
                PageLabelPartKind.PageNumber => page.ToString(CultureInfo.InvariantCulture),
                PageLabelPartKind.PageCount => pages.ToString(CultureInfo.InvariantCulture),
                _ => part.Text,
            });
        }

        var foot = OneLine(label.ToString(), style, PageGeometry.TextWidth);
        var footTop = PageGeometry.Height - PageGeometry.FooterDistance - style.LineHeight;
        DrawPieces(canvas, foot, style, PageGeometry.Left + ((PageGeometry.TextWidth - Width(foot, style)) / 2), footTop);
    }

    private static void DrawPieces(PageContent canvas, IReadOnlyList<LinePiece> pieces, BlockStyle style, double x, double top)
    {
        foreach (var piece in pieces)
        {
            canvas.Text(piece.Text, piece.Face, style.Size, style.Color, x + piece.X, top + style.Baseline);
        }
    }

    private static double Width(IReadOnlyList<LinePiece> pieces, BlockStyle style) =>
        pieces.Count == 0 ? 0 : pieces[^1].X + GlyphMap.For(pieces[^1].Face).Width(pieces[^1].Text, style.Size);

    /// <summary>The text's first line at <paramref name="width"/>, with an ellipsis when there is more.</summary>
    private static IReadOnlyList<LinePiece> OneLine(string text, BlockStyle style, double width)
    {
        // Line breaks and tabs in a running head are spaces.
        var flat = text.Replace('\n', ' ').Replace('\t', ' ').Replace('\r', ' ');
        var face = style.FaceFor(false, false);
        const string Ellipsis = "\u2026";
        var ellipsisWidth = GlyphMap.For(face).Width(Ellipsis, style.Size);
        var lines = LineBreaker.Break([new StyledRun(flat, face)], LineFormatOf(style, width));
        if (lines.Count <= 1)
        {
            return lines.Count == 0 ? [] : lines[0];
        }

        var shorter = LineBreaker.Break([new StyledRun(flat, face)], LineFormatOf(style, Math.Max(0, width - ellipsisWidth)));
        var first = shorter[0];
        var end = Width(first, style);
        return [.. first, new LinePiece(end, face, Ellipsis, null)];
    }

    private static LineFormat LineFormatOf(BlockStyle style, double width) => new()
    {
        Size = style.Size,
        FirstLineStart = 0,
        LineStart = 0,
        LineEnd = width,
    };
}
