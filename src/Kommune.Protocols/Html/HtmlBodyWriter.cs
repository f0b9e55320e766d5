using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Html;

/// <summary>
/// Writes the paper's blocks as HTML straight to a <see cref="TextWriter"/>, one block at a time.
/// It maps roles to elements and classes and decides nothing about the content. What HTML says
/// with structure that the block stream says with neighbours is grouped here: an item heading
/// and what follows it become an <c>article</c>, consecutive front-page fields a <c>dl</c>,
/// consecutive attachment lines a <c>ul</c>.
/// </summary>
internal sealed partial class HtmlBodyWriter
{
    private readonly TextWriter html;
    private readonly int levelShift;
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    /// <param name="html">The target.</param>
    /// <param name="levelShift">Added to every heading's level (a fragment's item heading may be an <c>h3</c>).</param>
    public HtmlBodyWriter(TextWriter html, int levelShift = 0)
    {
        this.html = html;
        this.levelShift = levelShift;
    }

    /// <summary>A run of neighbouring blocks that HTML groups in one element.</summary>
    private enum Group
    {
        None,
        Fields,
        Attachments,
    }

    /// <summary>The page's content: front matter, one <c>article</c> per item (sub-items are their own), back matter.</summary>
    public void Page(IEnumerable<PaperBlock> blocks)
    {
        var group = Group.None;
        var inArticle = false;
        foreach (var block in blocks)
        {
            // A heading above an item's parts ends the item before it.
            if (block is PaperHeading { Role: not HeadingRole.Section } heading)
            {
                group = Close(group);
                if (inArticle)
                {
                    html.Write("</article>\n");
                    inArticle = false;
                }

                if (heading.Role == HeadingRole.Item)
                {
                    var id = UniqueId(heading.Anchor);
                    html.Write("<article class=\"kp-item\"");
                    LabelledBy(id);
                    html.Write(">\n");
                    inArticle = true;
                    Heading(heading, id);
                    continue;
                }
            }

            group = Block(block, group);
        }

        Close(group);
        if (inArticle)
        {
            html.Write("</article>\n");
        }
    }

    /// <summary>An item fragment: one <c>article</c> around the item and its sub-items, labelled by the item's heading.</summary>
    public void Fragment(IReadOnlyList<PaperBlock> blocks, string languageTag)
    {
        var first = blocks.Count > 0 ? blocks[0] as PaperHeading : null;
        var id = first is null ? null : UniqueId(first.Anchor);
        html.Write("<article class=\"kp kp-item\" lang=\"");
        HtmlText.Attribute(html, languageTag);
        html.Write('"');
        LabelledBy(id);
        html.Write(">\n");
        var group = Group.None;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i == 0 && first is not null)
            {
                Heading(first, id);
                continue;
            }

            group = Block(blocks[i], group);
        }

        Close(group);
        html.Write("</article>\n");
    }

    /// <summary>Blocks in a table cell: the same elements, no articles.</summary>
    private void Flow(IReadOnlyList<PaperBlock> blocks)
    {
        var group = Group.None;
        foreach (var block in blocks)
        {
            group = Block(block, group);
        }

        Close(group);
    }

    /// <returns>The group open after the block.</returns>
    private Group Block(PaperBlock block, Group group)
    {
        switch (block)
        {
            case PaperParagraph { Role: ParagraphRole.Field } field:
                if (group != Group.Fields)
                {
                    Close(group);
                    html.Write("<dl class=\"kp-fields\">\n");
                }

                Field(field);
                return Group.Fields;
            case PaperParagraph { Role: ParagraphRole.AttachmentLine } line:
                if (group != Group.Attachments)
                {
                    Close(group);
                    html.Write("<ul class=\"kp-attachments\">\n");
                }

                // Spans in running text, not a flex row: a long title then wraps under itself on a phone.
                html.Write("<li><span>");
                Columns(line.Runs, "</span>\t<span>", int.MaxValue);
                html.Write("</span></li>\n");
                return Group.Attachments;
        }

        Close(group);
        switch (block)
        {
            case PaperHeading heading:
                Heading(heading, UniqueId(heading.Anchor));
                break;
            case PaperParagraph paragraph:
                Paragraph(paragraph);
                break;
            case PaperList list:
                List(list);
                break;
            case PaperTable table:
                Table(table);
                break;
            case PaperSignatures signatures:
                Signatures(signatures);
                break;
        }

        return Group.None;
    }

    private Group Close(Group group)
    {
        switch (group)
        {
            case Group.Fields:
                html.Write("</dl>\n");
                break;
            case Group.Attachments:
                html.Write("</ul>\n");
                break;
        }

        return Group.None;
    }

    private void Heading(PaperHeading heading, string? id)
    {
        var tag = HeadingTag(heading.Level + levelShift);
        html.Write('<');
        html.Write(tag);
        if (id is not null)
        {
            html.Write(" id=\"");
            HtmlText.Attribute(html, id);
            html.Write('"');
        }

        if (heading.PageBreakBefore)
        {
            html.Write(" class=\"kp-break\"");
        }

        html.Write('>');
        Inline(heading.Text, bold: false, italic: false);
        html.Write("</");
        html.Write(tag);
        html.Write(">\n");
    }

    private void Paragraph(PaperParagraph paragraph)
    {
        if (paragraph.Role == ParagraphRole.ItemMeta)
        {
            // Case number, open/closed mark, supplementary mark: columns, each its own span.
            html.Write("<p class=\"kp-meta kp-cols\"><span>");
            Columns(paragraph.Runs, "</span>\t<span>", int.MaxValue);
            html.Write("</span></p>\n");
            return;
        }

        if (ParagraphClass(paragraph.Role) is { } name)
        {
            html.Write("<p class=\"");
            html.Write(name);
            html.Write("\">");
        }
        else
        {
            html.Write("<p>");
        }

        Runs(paragraph.Runs);
        html.Write("</p>\n");
    }

    /// <summary>A front-page field: the label (before the first tab) as <c>dt</c>, the value as <c>dd</c>.</summary>
    private void Field(PaperParagraph field)
    {
        html.Write("<div><dt>");
        if (Columns(field.Runs, "</dt><dd>", 2) == 1)
        {
            html.Write("</dt><dd>");
        }

        html.Write("</dd></div>\n");
    }

    private void List(PaperList list)
    {
        if (list.Items.Count == 0)
        {
            return;
        }

        html.Write(list.Numbered ? "<ol>\n" : "<ul>\n");
        foreach (var entry in list.Items)
        {
            html.Write("<li>");
            Runs(entry);
            html.Write("</li>\n");
        }

        html.Write(list.Numbered ? "</ol>\n" : "</ul>\n");
    }

    private void Signatures(PaperSignatures signatures)
    {
        if (signatures.Signatories.Count == 0)
        {
            return;
        }

        html.Write("<div class=\"kp-signatures\">\n");
        foreach (var signatory in signatures.Signatories)
        {
            html.Write("<div class=\"kp-signature\"><p>");
            Inline(signatory.Name, bold: false, italic: false);
            html.Write("</p>");
            if (signatory.Approval is { } approval)
            {
                html.Write("<p class=\"kp-approval\">");
                Inline(approval, bold: false, italic: false);
                html.Write("</p>");
            }

            html.Write("</div>\n");
        }

        html.Write("</div>\n");
    }

    private void LabelledBy(string? id)
    {
        if (id is not null)
        {
            html.Write(" aria-labelledby=\"");
            HtmlText.Attribute(html, id);
            html.Write('"');
        }
    }

    /// <summary>The anchor as an id: no white space (HTML forbids it), and a suffix when a meeting repeats an item number.</summary>
    private string? UniqueId(string? anchor)
    {
        if (string.IsNullOrEmpty(anchor))
        {
            return null;
        }

        var id = string.Create(anchor.Length, anchor, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsWhiteSpace(source[i]) ? '-' : source[i];
            }
        });
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private static string HeadingTag(int level) => Math.Clamp(level, 1, 6) switch
    {
        1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };

    private static string? ParagraphClass(ParagraphRole role) => role switch
    {
        ParagraphRole.Subtitle => "kp-subtitle",
        ParagraphRole.DraftMark => "kp-draft",
        ParagraphRole.Label => "kp-label",
        ParagraphRole.AttachmentGroup => "kp-attachment-group",
        ParagraphRole.SignatureLine => "kp-signature-line",
        ParagraphRole.Signature => "kp-signature-text",
        _ => null,
    };
}
