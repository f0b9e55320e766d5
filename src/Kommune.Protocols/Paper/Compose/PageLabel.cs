using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>Splits the footer's label (<c>Side {page} af {pages}</c>) into text and page-number parts.</summary>
internal static class PageLabel
{
    public static IReadOnlyList<PageLabelPart> Parse(string label)
    {
        var parts = new List<PageLabelPart>();
        var rest = label;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{page}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{pages}", StringComparison.Ordinal);
            var at = page < 0 ? pages : pages < 0 ? page : Math.Min(page, pages);
            if (at < 0)
            {
                parts.Add(new(PageLabelPartKind.Text, rest));
                break;
            }

            if (at > 0)
            {
                parts.Add(new(PageLabelPartKind.Text, rest[..at]));
            }

            var isPages = at == pages;
            parts.Add(new(isPages ? PageLabelPartKind.PageCount : PageLabelPartKind.PageNumber));
            rest = rest[(at + (isPages ? "{pages}" : "{page}").Length)..];
        }

        return parts;
    }
}
