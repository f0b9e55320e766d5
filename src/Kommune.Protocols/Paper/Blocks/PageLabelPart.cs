namespace Kommune.Protocols.Paper.Blocks;

/// <summary>A piece of the page label in the footer (<i>Side {page} af {pages}</i>).</summary>
internal enum PageLabelPartKind
{
    /// <summary>Literal text.</summary>
    Text,

    /// <summary>The current page's number.</summary>
    PageNumber,

    /// <summary>The number of pages.</summary>
    PageCount,
}

/// <summary>One piece of the footer's page label.</summary>
internal readonly record struct PageLabelPart(PageLabelPartKind Kind, string Text = "");
