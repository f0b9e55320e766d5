namespace Kommune.Protocols.Paper.Blocks;

/// <summary>A bulleted or numbered list; each entry is a line of runs. A numbered list starts at 1.</summary>
internal sealed class PaperList : PaperBlock
{
    public PaperList(bool numbered, IReadOnlyList<IReadOnlyList<PaperRun>> items)
    {
        Numbered = numbered;
        Items = items;
    }

    public bool Numbered { get; }

    public IReadOnlyList<IReadOnlyList<PaperRun>> Items { get; }
}
