namespace Kommune.Protocols.Paper;

/// <summary>How the front page lists the items.</summary>
public enum ContentsGrouping
{
    /// <summary>One list in printed order (the default).</summary>
    Flat,

    /// <summary>The open items, then the closed ones, each under its own heading.</summary>
    OpenThenClosed,
}
