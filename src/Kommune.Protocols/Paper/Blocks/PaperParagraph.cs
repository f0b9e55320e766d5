namespace Kommune.Protocols.Paper.Blocks;

/// <summary>A paragraph of runs with a role.</summary>
internal sealed class PaperParagraph : PaperBlock
{
    public PaperParagraph(ParagraphRole role, IReadOnlyList<PaperRun> runs)
    {
        Role = role;
        Runs = runs;
    }

    public PaperParagraph(ParagraphRole role, string text)
        : this(role, text.Length == 0 ? [] : [new PaperRun(text)])
    {
    }

    public ParagraphRole Role { get; }

    public IReadOnlyList<PaperRun> Runs { get; }
}
