using Kommune.Protocols.Paper;

namespace Kommune.Protocols.Pdf;

/// <summary>What <see cref="PdfWriter"/> writes: edition, paper, language and house style (see <see cref="PaperOptions"/>). The page is A4.</summary>
public sealed record PdfOptions : PaperOptions
{
    /// <summary>The default options: internal edition, paper from the stage, Danish, the default house style.</summary>
    public static PdfOptions Default { get; } = new();
}
