namespace Kommune.Protocols.Pdf.Layout;

/// <summary>A4 with the DOCX section's margins (twips / 20 = points): top 1701, left and right 1134, bottom 1418, header and footer 709 from the edge.</summary>
internal static class PageGeometry
{
    public const double Width = 595.3;
    public const double Height = 841.9;
    public const double Left = 56.7;
    public const double Right = 56.7;
    public const double Top = 85.05;
    public const double Bottom = 70.9;
    public const double HeaderDistance = 35.45;
    public const double FooterDistance = 35.45;

    /// <summary>The text column's width (DOCX: 9638 twips).</summary>
    public const double TextWidth = Width - Left - Right;

    public const double ContentBottom = Height - Bottom;

    public const double ContentHeight = ContentBottom - Top;
}
