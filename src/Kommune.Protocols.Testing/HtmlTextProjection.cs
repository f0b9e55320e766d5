using System.Net;
using System.Text;

namespace Kommune.Protocols.Testing;

/// <summary>
/// A stable text form of an HTML page or fragment for snapshot tests: one line per element,
/// indented two spaces per level, as <c>tag#id.class[name=value]: text</c>. An element's text is
/// its inline content (<c>strong</c> as <c>**x**</c>, <c>em</c> as <c>_x_</c>, <c>br</c> and line
/// breaks as <c>↵</c>, tabs as <c>→</c>, <c>span</c>, <c>a</c> and other phrasing elements as
/// their text), character references decoded; block children follow on their own lines, and
/// text after a block child is a <c>text:</c> line. White space with a line feed between
/// elements is the writer's layout and is left out. <c>style</c> shows its size; <c>script</c>
/// its text, so a script would show.
/// </summary>
/// <remarks>
/// <para>
/// Lines are separated by <c>\n</c>, and the text ends with one. The same HTML gives the same
/// text on every machine and culture; the format changes only in a new major version of this
/// package.
/// </para>
/// <para>
/// A small tolerant tokenizer, no HTML parser package: it does not imply end tags the way a
/// browser does (the library's writer closes every element), so it is meant for the HTML this
/// library writes, not for any page on the web. Thread-safe: every call has its own state.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var text = HtmlTextProjection.Project(HtmlWriter.WriteToString(meeting));
/// // h2#punkt-4: 4. Foreløbigt regnskab 2024
/// </code>
/// </example>
public static class HtmlTextProjection
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    /// <summary>Projects HTML text.</summary>
    /// <param name="html">A page or a fragment.</param>
    /// <returns>The projection, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string Project(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new StringBuilder();
        foreach (var node in Parse(html).Children)
        {
            Write(output, node, depth: 0);
        }

        return output.ToString();
    }

    /// <summary>Projects UTF-8 HTML bytes.</summary>
    /// <param name="html">The bytes.</param>
    /// <returns>The projection, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="System.Text.DecoderFallbackException">The bytes are not valid UTF-8.</exception>
    public static string Project(byte[] html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Project(new UTF8Encoding(false, true).GetString(html));
    }

    private static void Write(StringBuilder output, Node node, int depth)
    {
        switch (node)
        {
            case Markup markup:
                output.Append(' ', depth * 2).Append(markup.Text).Append('\n');
                return;
            case Text text:
                if (!IsLayout(text.Value))
                {
                    output.Append(' ', depth * 2).Append("text: ").Append(Symbols(text.Value)).Append('\n');
                }

                return;
        }

        var element = (Element)node;
        output.Append(' ', depth * 2).Append(Selector(element));
        if (element.Name is "style")
        {
            output.Append(": (").Append(element.Raw.Length).Append(" characters)\n");
            return;
        }

        if (element.Name is "script")
        {
            output.Append(": ").Append(Symbols(element.Raw)).Append('\n');
            return;
        }

        // The leading inline content goes on the element's line; blocks and later inline runs go below it.
        var line = new StringBuilder();
        var i = 0;
        for (; i < element.Children.Count && IsInline(element.Children[i]); i++)
        {
            Inline(line, element.Children[i]);
        }

        if (line.Length > 0)
        {
            output.Append(": ").Append(line);
        }

        output.Append('\n');
        while (i < element.Children.Count)
        {
            if (!IsInline(element.Children[i]))
            {
                Write(output, element.Children[i++], depth + 1);
                continue;
            }

            line.Clear();
            for (; i < element.Children.Count && IsInline(element.Children[i]); i++)
            {
                Inline(line, element.Children[i]);
            }

            if (line.Length > 0)
            {
                output.Append(' ', (depth + 1) * 2).Append("text: ").Append(line).Append('\n');
            }
        }
    }

    private static bool IsInline(Node node) => node switch
    {
        Text => true,
        Element e => Phrasing.Contains(e.Name),
        _ => false,
    };

    private static void Inline(StringBuilder line, Node node)
    {
        if (node is Text text)
        {
            if (!IsLayout(text.Value))
            {
                line.Append(Symbols(text.Value));
            }

            return;
        }

        var element = (Element)node;
        var mark = element.Name switch
        {
            "strong" or "b" => "**",
            "em" or "i" => "_",
            _ => string.Empty,
        };
        if (element.Name == "br")
        {
            line.Append('↵');
            return;
        }

        line.Append(mark);
        foreach (var child in element.Children)
        {
            if (IsInline(child))
            {
                Inline(line, child);
            }
            else
            {
                // A block inside a phrasing element is not valid HTML; show it rather than lose it.
                line.Append("{").Append(((Element)child).Name).Append('}');
            }
        }

        line.Append(mark);
    }

    /// <summary>White space with a line feed between elements: the writer's layout, not content.</summary>
    private static bool IsLayout(string text) => text.Contains('\n', StringComparison.Ordinal) && string.IsNullOrWhiteSpace(text);

    private static string Symbols(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\n', '↵').Replace('\t', '→');

    private static string Selector(Element element)
    {
        var selector = new StringBuilder(element.Name);
        var others = new StringBuilder();
        foreach (var (name, value) in element.Attributes)
        {
            switch (name)
            {
                case "id":
                    selector.Append('#').Append(value);
                    break;
                case "class":
                    foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        selector.Append('.').Append(part);
                    }

                    break;
                default:
                    others.Append(others.Length == 0 ? "[" : " ").Append(name);
                    if (value.Length > 0)
                    {
                        var plain = value.AsSpan().IndexOfAny(" ]\"\t\n\r") < 0;
                        others.Append('=').Append(plain ? value : "\"" + Symbols(value).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"");
                    }

                    break;
            }
        }

        return others.Length == 0 ? selector.ToString() : selector.Append(others).Append(']').ToString();
    }

    private static Element Parse(string html)
    {
        var root = new Element("#root", []);
        var open = new List<Element> { root };
        var at = 0;
        var text = new StringBuilder();
        while (at < html.Length)
        {
            var lt = html.IndexOf('<', at);
            var end = lt < 0 ? html.Length : lt;
            text.Append(html, at, end - at);
            at = end;
            if (lt < 0)
            {
                break;
            }

            var tag = Tag.Read(html, lt);
            if (tag is null)
            {
                // A '<' that starts no tag is text (as in a browser).
                text.Append('<');
                at = lt + 1;
                continue;
            }

            Flush();
            at = tag.End;
            var current = open[^1];
            switch (tag.Kind)
            {
                case TagKind.Markup:
                    current.Children.Add(new Markup(tag.Name));
                    break;
                case TagKind.End:
                    var match = open.FindLastIndex(e => e.Name == tag.Name);
                    if (match > 0)
                    {
                        open.RemoveRange(match, open.Count - match);
                    }

                    break;
                default:
                    var element = new Element(tag.Name, tag.Attributes);
                    current.Children.Add(element);
                    if (tag.Name is "script" or "style" or "title" or "textarea")
                    {
                        // Raw text runs to the matching end tag; title and textarea decode references.
                        var close = html.IndexOf("</" + tag.Name, at, StringComparison.OrdinalIgnoreCase);
                        var content = html[at..(close < 0 ? html.Length : close)];
                        element.Raw = content;
                        if (tag.Name is "title" or "textarea")
                        {
                            element.Children.Add(new Text(WebUtility.HtmlDecode(content)));
                        }

                        at = close < 0 ? html.Length : Math.Max(html.IndexOf('>', close) + 1, close + 1);
                    }
                    else if (!Void.Contains(tag.Name) && !tag.SelfClosing)
                    {
                        open.Add(element);
                    }

                    break;
            }
        }

        Flush();
        return root;

        void Flush()
        {
            if (text.Length > 0)
            {
                open[^1].Children.Add(new Text(WebUtility.HtmlDecode(text.ToString())));
                text.Clear();
            }
        }
    }

    private abstract class Node;

    private sealed class Text(string value) : Node
    {
        public string Value { get; } = value;
    }

    /// <summary>A doctype or comment, shown as written.</summary>
    private sealed class Markup(string text) : Node
    {
        public string Text { get; } = text;
    }

    private sealed class Element(string name, List<(string Name, string Value)> attributes) : Node
    {
        public string Name { get; } = name;

        public List<(string Name, string Value)> Attributes { get; } = attributes;

        public List<Node> Children { get; } = [];

        public string Raw { get; set; } = string.Empty;
    }

    private enum TagKind
    {
        Start,
        End,
        Markup,
    }

    private sealed class Tag
    {
        private Tag(TagKind kind, string name, int end)
        {
            Kind = kind;
            Name = name;
            End = end;
        }

        public TagKind Kind { get; }

        public string Name { get; }

        public int End { get; }

        public bool SelfClosing { get; private set; }

        public List<(string Name, string Value)> Attributes { get; } = [];

        /// <summary>The tag that starts at <paramref name="lt"/>, or null when the '&lt;' starts none.</summary>
        public static Tag? Read(string html, int lt)
        {
            var i = lt + 1;
            if (i >= html.Length)
            {
                return null;
            }

            if (html[i] == '!')
            {
                var comment = html.AsSpan(i).StartsWith("!--");
                var close = comment ? html.IndexOf("-->", i + 3, StringComparison.Ordinal) : html.IndexOf('>', i);
                var stop = close < 0 ? html.Length : close + (comment ? 3 : 1);
                return new Tag(TagKind.Markup, html[lt..stop], stop);
            }

            var kind = TagKind.Start;
            if (html[i] == '/')
            {
                kind = TagKind.End;
                i++;
            }

            if (i >= html.Length || !char.IsAsciiLetter(html[i]))
            {
                return null;
            }

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not '/' and not '>')
            {
                i++;
            }

            var name = html[nameStart..i].ToLowerInvariant();
            var attributes = new List<(string, string)>();
            var selfClosing = false;
            while (i < html.Length && html[i] != '>')
            {
                if (char.IsWhiteSpace(html[i]))
                {
                    i++;
                    continue;
                }

                if (html[i] == '/')
                {
                    selfClosing = true;
                    i++;
                    continue;
                }

                var attributeStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not '=' and not '>' and not '/')
                {
                    i++;
                }

                var attribute = html[attributeStart..i].ToLowerInvariant();
                var value = string.Empty;
                if (i < html.Length && html[i] == '=')
                {
                    i++;
                    if (i < html.Length && html[i] is '"' or '\'')
                    {
                        var quote = html[i];
                        var close = html.IndexOf(quote, i + 1);
                        close = close < 0 ? html.Length : close;
                        value = html[(i + 1)..close];
                        i = Math.Min(close + 1, html.Length);
                    }
                    else
                    {
                        var valueStart = i;
                        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                        {
                            i++;
                        }

                        value = html[valueStart..i];
                    }
                }

                selfClosing = false;
                attributes.Add((attribute, WebUtility.HtmlDecode(value)));
            }

            var tag = new Tag(kind, name, Math.Min(i + 1, html.Length)) { SelfClosing = selfClosing };
            tag.Attributes.AddRange(attributes);
            return tag;
        }
    }
}
