using Kommune.Protocols.Paper;

namespace Kommune.Protocols.Docx;

/// <summary>What <see cref="DocxWriter"/> writes: edition, paper, language and house style (see <see cref="PaperOptions"/>).</summary>
public sealed record DocxOptions : PaperOptions
{
    /// <summary>The default options: internal edition, paper from the stage, Danish, the default house style.</summary>
    public static DocxOptions Default { get; } = new();
}
