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
