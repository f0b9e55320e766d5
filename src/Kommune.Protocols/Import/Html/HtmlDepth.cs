namespace Kommune.Protocols.Import;

/// <summary>
/// A fast, one-pass estimate of how deep a piece of HTML nests, made before it reaches the
/// HTML parser: a parser following the HTML5 tree-building rules spends time in proportion to
/// the open elements for each new one, so 100,000 nested elements would take minutes. The
/// estimate keeps a stack of open tags (void elements and <c>/&gt;</c> do not open, an end tag
/// closes down to its open tag, and an element that closes its predecessor implicitly, such as
/// <c>p</c> or <c>li</c>, does so); it errs on the deep side, never on the shallow.
/// </summary>
internal static class HtmlDepth
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot",
    };

    /// <summary>The deepest nesting met, stopping early once past <paramref name="limit"/>.</summary>
    public static int Estimate(string html, int limit)
    {
        var stack = new List<string>();
        var deepest = 0;
        var i = 0;
        while (i < html.Length && deepest <= limit)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            if (html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var close = html.IndexOf('>', open + 1);
            if (close < 0)
            {
                break;
            }

            var isEnd = html[open + 1] == '/';
            var nameStart = isEnd ? open + 2 : open + 1;
            var nameEnd = nameStart;
            while (nameEnd < close && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-'))
            {
                nameEnd++;
            }

            i = close + 1;
            if (nameEnd == nameStart)
            {
                continue;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            if (isEnd)
            {
                var at = stack.LastIndexOf(name);
                if (at >= 0)
                {
                    stack.RemoveRange(at, stack.Count - at);
                }

                continue;
            }

            if (name is "script" or "style")
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (Void.Contains(name) || html[close - 1] == '/')
            {
                continue;
            }

            if (SelfClosing.Contains(name))
            {
                // The previous open one of the same name, if near the top, is closed by this one.
                for (var back = stack.Count - 1; back >= Math.Max(0, stack.Count - 8); back--)
                {
                    if (stack[back] == name)
                    {
                        stack.RemoveRange(back, stack.Count - back);
                        break;
                    }
                }
            }

            stack.Add(name);
            deepest = Math.Max(deepest, stack.Count);
        }

        return deepest;
    }
}
