using AngleSharp.Html.Parser;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// Section content as the exports hold it (HTML in CDATA, escaped HTML, inline XHTML or plain
/// text) turned into the model's rich text. HTML is parsed by AngleSharp, a maintained HTML5
/// parser (MIT) that reads broken markup the way browsers do; the walk from its DOM to our
/// blocks is ours (<see cref="BlockBuilder"/>). One parser per import: parsers are not shared
/// across threads.
/// </summary>
internal sealed class HtmlContent(ImportContext context)
{
    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });

    /// <summary>The blocks of an element's content.</summary>
    public ValueList<Block> Blocks(SourceElement element)
    {
        var source = element.HasElements ? element.InnerMarkup() : element.Text;
        return Blocks(source, element);
    }

    /// <summary>The blocks of a piece of content, reported against <paramref name="at"/>.</summary>
    public ValueList<Block> Blocks(string source, SourceElement at)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return ValueList<Block>.Empty;
        }

        if (source.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return PlainText(source, at);
        }

        // Far deeper than any structure kept: not worth (nor safe) to give to the HTML parser.
        var limit = context.Options.MaxHtmlDepth * 4;
        if (HtmlDepth.Estimate(source, limit) > limit)
        {
            context.Count(ImportCodes.DeepHtml, at, "deep-html:" + at.Path, $"the content is nested deeper than {context.Options.MaxHtmlDepth} levels (ImportOptions.MaxHtmlDepth); below that only its text was kept.");
            return PlainText(TagStripped(source), at);
        }

        var document = parser.ParseDocument(source);
        var builder = new BlockBuilder(context, at, tableDepth: 0);
        if (document.Head is { } head)
        {
            builder.Walk(head);
        }

        if (document.Body is { } body)
        {
            builder.Walk(body);
        }

        return ValueList.From(builder.Finish());
    }

    /// <summary>Content as plain text: paragraphs on separate lines (for the model's text-only fields, such as an earlier decision).</summary>
    public string Text(SourceElement element) => BlockText.Of(Blocks(element));

    /// <summary>The text of HTML without its tags (and without scripts and styles), for content too deep to parse; block ends become line breaks.</summary>
    private static string TagStripped(string html)
    {
        var text = new System.Text.StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, open - i);
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            var tag = html.AsSpan(open + 1, close - open - 1);
            if (tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("style", StringComparison.OrdinalIgnoreCase))
            {
                // Skip to the end of the script or style, content and all.
                var end = html.IndexOf("</", close, StringComparison.Ordinal);
                var endClose = end < 0 ? -1 : html.IndexOf('>', end);
                close = endClose < 0 ? html.Length - 1 : endClose;
            }
            else
            {
                var name = tag.TrimStart('/');
                var breaks = name.StartsWith("p", StringComparison.OrdinalIgnoreCase) || name.StartsWith("br", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("li", StringComparison.OrdinalIgnoreCase) || name.StartsWith("tr", StringComparison.OrdinalIgnoreCase) || name.StartsWith("div", StringComparison.OrdinalIgnoreCase);
                text.Append(breaks ? '\n' : ' ');
            }

            i = close + 1;
        }

        return System.Net.WebUtility.HtmlDecode(text.ToString());
    }

    /// <summary>Text without markup: a blank line parts paragraphs, a single line break stays inside one.</summary>
    private ValueList<Block> PlainText(string source, SourceElement at)
    {
        var blocks = new List<Block>();
        foreach (var paragraph in source.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var lines = paragraph.Split('\n').Select(PersonNames.Collapse).Where(l => l.Length > 0).ToList();
            if (lines.Count > 0)
            {
                blocks.Add(Paragraph.Of(context.Printable(string.Join('\n', lines), at)));
            }
        }

        return ValueList.From(blocks);
    }
}
