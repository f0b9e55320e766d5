using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Html;

/// <summary>
/// The page around the blocks: doctype, language, charset, a Content-Security-Policy that lets
/// nothing load or run (only the inline stylesheet, by its hash), viewport, title, the page
/// header (body, date, draft mark) and <c>main</c>. Written with <c>\n</c> line ends and no
/// clock, culture or counter that is not in the blocks, so the bytes follow from the input alone.
/// </summary>
internal static class HtmlPageWriter
{
    public static void Write(TextWriter html, PaperDocument document, bool includeStylesheet)
    {
        var css = includeStylesheet ? HtmlStylesheet.For(document) : null;
        html.Write("<!DOCTYPE html>\n<html lang=\"");
        HtmlText.Attribute(html, document.LanguageTag);
        html.Write("\">\n<head>\n<meta charset=\"utf-8\">\n");

        // Without the library's stylesheet a site adds its own CSS, so only scripts and plugins are refused then.
        html.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"");
        html.Write(css is null
            ? "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
            : $"default-src 'none'; style-src {HtmlStylesheet.HashSource(css)}; base-uri 'none'; form-action 'none'");
        html.Write("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlText.Text(html, document.Title);
        html.Write("</title>\n<meta name=\"description\" content=\"");
        HtmlText.Attribute(html, document.Subject);
        html.Write("\">\n");
        if (css is not null)
        {
            html.Write("<style>");
            html.Write(css);
            html.Write("</style>\n");
        }

        html.Write("</head>\n<body class=\"kp\">\n<header class=\"kp-header\">\n<p class=\"kp-cols\"><span>");
        HtmlText.Text(html, document.HeaderLeft);
        html.Write("</span>\t<span>");
        HtmlText.Text(html, document.HeaderRight);
        html.Write("</span></p>\n");
        if (document.DraftMark is { } mark)
        {
            html.Write("<p class=\"kp-draft\">");
            HtmlText.Text(html, mark);
            html.Write("</p>\n");
        }

        html.Write("</header>\n<main>\n");
        new HtmlBodyWriter(html).Page(document.Blocks);
        html.Write("</main>\n</body>\n</html>\n");
    }
}
