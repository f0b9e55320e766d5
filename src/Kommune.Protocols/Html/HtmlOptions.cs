using Kommune.Protocols.Paper;

namespace Kommune.Protocols.Html;

/// <summary>What <see cref="HtmlWriter"/> writes: edition, paper, language and house style (see <see cref="PaperOptions"/>), and how the HTML is framed.</summary>
public sealed record HtmlOptions : PaperOptions
{
    /// <summary>The default options: internal edition, paper from the stage, Danish, the default house style, the stylesheet included.</summary>
    public static HtmlOptions Default { get; } = new();

    /// <summary>
    /// Whether the page carries the library's small inline stylesheet (<see cref="HtmlWriter.Stylesheet"/>)
    /// for screen and print. Default: true. Without it the page is plain semantic HTML for a site's own CSS.
    /// Item fragments never carry a stylesheet.
    /// </summary>
    public bool IncludeStylesheet { get; init; } = true;

    /// <summary>
    /// The heading level (1-5) of an item's heading in a fragment (<see cref="HtmlWriter.WriteItem"/>); the item's
    /// parts are one level below. Default: 2, as on the page, for a site page whose own <c>h1</c> comes first.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1-5.</exception>
    public int ItemHeadingLevel
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 5);
            field = value;
        }
    } = 2;
}
