namespace Kommune.Protocols.Paper.Blocks;

/// <summary>A heading. Levels are in document order without gaps: 1 (the title), 2 (items and front/back matter), 3 (an item's parts).</summary>
internal sealed class PaperHeading : PaperBlock
{
    public PaperHeading(HeadingRole role, string text, bool pageBreakBefore = false, string? anchor = null)
    {
        Role = role;
        Text = text;
        PageBreakBefore = pageBreakBefore;
        Anchor = anchor;
    }

    public HeadingRole Role { get; }

    /// <summary>1, 2 or 3.</summary>
    public int Level => Role switch
    {
        HeadingRole.Title => 1,
        HeadingRole.Section => 3,
        _ => 2,
    };

    public string Text { get; }

    /// <summary>Starts a new page (the house style's one item per page).</summary>
    public bool PageBreakBefore { get; }

    /// <summary>A stable id for links and bookmarks (<c>punkt-4</c>), for item headings.</summary>
    public string? Anchor { get; }
}
