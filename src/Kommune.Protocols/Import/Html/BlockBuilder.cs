using AngleSharp.Dom;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// Walks an HTML DOM into blocks: paragraphs (bold and italic runs, from tags or inline
/// styles; <c>&lt;br&gt;</c> as <c>\n</c>), bullet and numbered lists, and tables (nested up to
/// the model's limit), keeping the text of markup the model has no form for. Scripts and styles
/// are dropped. Below <see cref="ImportOptions.MaxHtmlDepth"/> the walk stops making structure
/// and keeps the text, so no input can make it recurse without bound.
/// </summary>
internal sealed class BlockBuilder(ImportContext context, SourceElement at, int tableDepth)
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "blockquote", "pre", "address", "center", "section", "article", "header", "footer", "main", "aside", "nav",
        "figure", "figcaption", "dl", "dt", "dd", "body", "html", "form", "fieldset", "legend", "details", "summary", "caption",
    };

    private static readonly HashSet<string> PlainInlineTags = new(StringComparer.Ordinal)
    {
        "span", "font", "sup", "sub", "small", "big", "code", "abbr", "mark", "label", "q", "tt", "kbd", "samp", "var", "time", "data", "bdi", "bdo", "nobr", "o:p",
    };

    private static readonly HashSet<string> Silent = new(StringComparer.Ordinal) { "head", "title", "meta", "link", "base", "col", "colgroup", "wbr" };

    private readonly List<Block> blocks = [];
    private readonly InlineBuffer inline = new();

    public void Walk(INode node) => Children(node, bold: false, italic: false, depth: 0);

    public List<Block> Finish()
    {
        Flush();
        return blocks;
    }

    private void Children(INode node, bool bold, bool italic, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            Node(child, bold, italic, depth + 1);
        }
    }

    private void Node(INode node, bool bold, bool italic, int depth)
    {
        if (node is IText text)
        {
            inline.Add(text.Data, bold, italic);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        if (depth > context.Options.MaxHtmlDepth)
        {
            context.Count(ImportCodes.DeepHtml, at, "deep-html:" + at.Path, $"the content is nested deeper than {context.Options.MaxHtmlDepth} levels (ImportOptions.MaxHtmlDepth); below that only its text was kept.");
            inline.Add(" " + TextOf(element) + " ", bold, italic);
            return;
        }

        var tag = element.LocalName;
        switch (tag)
        {
            case "script" or "style" or "noscript" or "template" or "iframe" or "object" or "embed":
                context.Count(ImportCodes.ScriptRemoved, at, "script:" + tag + ":" + at.Path, $"a <{tag}> element was removed from the content, with everything in it.");
                return;
            case "br":
                inline.Break();
                return;
            case "hr":
                Flush();
                return;
            case "img":
                context.Count(ImportCodes.UnknownMarkup, at, "img", "an image in section content was dropped (the model holds text only)");
                return;
            case "b" or "strong":
                Children(element, true, italic, depth);
                return;
            case "i" or "em" or "cite" or "dfn":
                Children(element, bold, true, depth);
                return;
            case "u" or "ins" or "s" or "strike" or "del" or "a":
                context.Count(ImportCodes.UnknownMarkup, at, "inline:" + tag, $"<{tag}> has no form in the model (underline, strike-through, link target); its text was kept");
                Children(element, bold, italic, depth);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Flush();
                Children(element, true, italic, depth);
                Flush();
                return;
            case "ul" or "ol" or "menu":
                Flush();
                List(element, tag == "ol", depth);
                return;
            case "li":
                // An entry outside a list: a paragraph of its own.
                Flush();
                Children(element, bold, italic, depth);
                Flush();
                return;
            case "table":
                Flush();
                Table(element, depth);
                return;
        }

        if (Silent.Contains(tag))
        {
            return;
        }

        var (styleBold, styleItalic) = Style(element.GetAttribute("style"));
        bold |= styleBold;
        italic |= styleItalic;
        if (BlockTags.Contains(tag))
        {
            Flush();
            Children(element, bold, italic, depth);
            Flush();
            return;
        }

        if (!PlainInlineTags.Contains(tag))
        {
            context.Count(ImportCodes.UnknownMarkup, at, "unknown:" + tag, $"<{tag}> is not HTML the import knows; its text was kept");
        }

        Children(element, bold, italic, depth);
    }

    private void List(IElement list, bool numbered, int depth)
    {
        var entries = new List<ListItem>();
        Entries(list, entries, depth);
        if (entries.Count == 0)
        {
            return;
        }

        blocks.Add(numbered ? new NumberedList { Items = ValueList.From(entries) } : new BulletList { Items = ValueList.From(entries) });
    }

    /// <summary>The entries of a list; a list nested in an entry follows it as entries of the same list (the model's lists are flat).</summary>
    private void Entries(IElement list, List<ListItem> entries, int depth)
    {
        foreach (var child in list.Children)
        {
            if (child.LocalName is not "li")
            {
                continue;
            }

            var nested = child.Children.Where(c => c.LocalName is "ul" or "ol").ToList();
            var entry = new BlockBuilder(context, at, tableDepth);
            foreach (var node in child.ChildNodes)
            {
                if (node is IElement { LocalName: "ul" or "ol" })
                {
                    continue;
                }

                entry.Node(node, false, false, depth + 2);
            }

            var runs = EntryRuns(entry.Finish());
            if (runs.Count > 0)
            {
                entries.Add(new ListItem { Runs = ValueList.From(runs) });
            }

            foreach (var inner in nested)
            {
                context.Count(ImportCodes.UnknownMarkup, at, "nested-list", "a list inside a list entry was flattened into the outer list (the model's lists have one level)");
                if (depth + 2 <= context.Options.MaxHtmlDepth)
                {
                    Entries(inner, entries, depth + 2);
                }
            }
        }
    }

    /// <summary>An entry's blocks as one run list: paragraphs joined by line breaks, anything else by its text.</summary>
    private static List<TextRun> EntryRuns(List<Block> content)
    {
        var runs = new List<TextRun>();
        foreach (var block in content)
        {
            if (runs.Count > 0)
            {
                runs.Add(TextRun.Plain("\n"));
            }

            if (block is Paragraph paragraph)
            {
                runs.AddRange(paragraph.Runs);
            }
            else
            {
                runs.Add(TextRun.Plain(BlockText.Of([block])));
            }
        }

        return runs;
    }

    private void Table(IElement table, int depth)
    {
        if (tableDepth >= MeetingLimits.MaxTableNesting)
        {
            context.Count(ImportCodes.DeepHtml, at, "deep-table:" + at.Path, $"tables are nested deeper than the model allows ({MeetingLimits.MaxTableNesting}); the innermost were kept as text.");
            inline.Add(TextOf(table), false, false);
            Flush();
            return;
        }

        var rows = new List<TableRow>();
        var header = false;
        foreach (var (row, inHead) in Rows(table))
        {
            var cells = new List<TableCell>();
            var allHeadings = true;
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                allHeadings &= cell.LocalName == "th";
                if (cell.GetAttribute("colspan") is { } span && span != "1" || cell.GetAttribute("rowspan") is { } down && down != "1")
                {
                    context.Count(ImportCodes.UnknownMarkup, at, "span", "a table cell spanning several columns or rows became one cell (the model's tables have no spans)");
                }

                var content = new BlockBuilder(context, at, tableDepth + 1);
                content.Children(cell, false, false, depth + 3);
                cells.Add(new TableCell { Content = ValueList.From(content.Finish()) });
            }

            if (cells.Count == 0)
            {
                continue;
            }

            if (rows.Count == 0)
            {
                header = inHead || allHeadings;
            }

            rows.Add(new TableRow { Cells = ValueList.From(cells) });
        }

        if (rows.Count > 0)
        {
            blocks.Add(new Table { HasHeaderRow = header, Rows = ValueList.From(rows) });
        }
    }

    private static IEnumerable<(IElement Row, bool InHead)> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                yield return (child, false);
            }
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Children.Where(r => r.LocalName == "tr"))
                {
                    yield return (row, child.LocalName == "thead");
                }
            }
        }
    }

    private void Flush()
    {
        if (inline.IsEmpty)
        {
            return;
        }

        var runs = inline.Take();
        if (runs.Count > 0)
        {
            blocks.Add(new Paragraph { Runs = ValueList.From(runs.Select(r => r with { Text = context.Printable(r.Text, at) })) });
        }
    }

    /// <summary>Bold and italic from an inline style (<c>font-weight: bold</c> or 600 and up, <c>font-style: italic</c>).</summary>
    private static (bool Bold, bool Italic) Style(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return (false, false);
        }

        bool bold = false, italic = false;
        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var name = declaration[..colon].Trim().ToLowerInvariant();
            var value = declaration[(colon + 1)..].Replace("!important", string.Empty, StringComparison.OrdinalIgnoreCase).Trim().ToLowerInvariant();
            if (name == "font-weight")
            {
                bold = value is "bold" or "bolder" || (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weight) && weight >= 600);
            }
            else if (name == "font-style")
            {
                italic = value is "italic" or "oblique";
            }
        }

        return (bold, italic);
    }

    /// <summary>The text under a node, without recursion (the node may be nested without bound).</summary>
    private static string TextOf(INode node)
    {
        var builder = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IText text)
            {
                builder.Append(text.Data);
                continue;
            }

            if (current is IElement { LocalName: "script" or "style" })
            {
                continue;
            }

            if (current is IElement { LocalName: "br" or "p" or "div" or "li" or "td" or "th" or "tr" })
            {
                builder.Append(' ');
            }

            for (var i = current.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(current.ChildNodes[i]);
            }
        }

        return builder.ToString();
    }
}
