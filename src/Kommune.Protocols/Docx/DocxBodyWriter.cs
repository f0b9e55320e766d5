using System.Globalization;
using System.Xml;
using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Docx;

/// <summary>
/// Writes <c>word/document.xml</c> from the paper's blocks straight to an <see cref="XmlWriter"/>:
/// no element objects, one block at a time, so memory does not grow with the document. It maps
/// roles to the styles of <see cref="StylesPart"/> and decides nothing about the content.
/// </summary>
internal sealed class DocxBodyWriter(XmlWriter xml)
{
    private const int CellPadding = 170;

    // Paragraphs of a repeated header row keep with the next row, so a table that starts near the
    // foot of a page never leaves its header row alone there.
    private bool inHeaderRow;

    /// <summary>How many numbered lists were written (each gets its own numbering instance so it restarts at 1).</summary>
    public int NumberedLists { get; private set; }

    public void Write(IEnumerable<PaperBlock> blocks)
    {
        xml.WriteStartElement("w", "document", WordXml.W);
        xml.WriteAttributeString("xmlns", "w", null, WordXml.W);
        xml.WriteAttributeString("xmlns", "r", null, WordXml.R);
        WordXml.Start(xml, "body");
        var afterTable = false;
        foreach (var block in blocks)
        {
            // Word has no space below a table; the paragraph after one gets it above instead.
            Block(block, inTable: false, StyleIds.TextWidth, spaceBefore: afterTable);
            afterTable = block is PaperTable;
        }

        SectionProperties();
        WordXml.End(xml);
        WordXml.End(xml);
    }

    /// <returns>Whether what was written ends with a paragraph (a table cell must).</returns>
    private bool Block(PaperBlock block, bool inTable, int width, bool spaceBefore)
    {
        switch (block)
        {
            case PaperHeading heading:
                Paragraph(HeadingStyle(heading.Role), heading.PageBreakBefore, numId: null, spaceBefore, [new PaperRun(heading.Text)]);
                return true;
            case PaperParagraph paragraph:
                Paragraph(ParagraphStyle(paragraph.Role, inTable), pageBreakBefore: false, numId: null, spaceBefore, paragraph.Runs);
                return true;
            case PaperList list:
                List(list, spaceBefore);
                return list.Items.Count > 0;
            case PaperTable table:
                Table(table, width);
                return false;
            case PaperSignatures signatures:
                Signatures(signatures);
                return signatures.Signatories.Count > 0;
            default:
                return false;
        }
    }

    private void Paragraph(string? style, bool pageBreakBefore, int? numId, bool spaceBefore, IReadOnlyList<PaperRun> runs)
    {
        WordXml.Start(xml, "p");
        if (style is not null || pageBreakBefore || numId is not null || spaceBefore || inHeaderRow)
        {
            WordXml.Start(xml, "pPr");
            if (style is not null)
            {
                WordXml.Val(xml, "pStyle", style);
            }

            if (inHeaderRow)
            {
                WordXml.Empty(xml, "keepNext");
            }

            if (pageBreakBefore)
            {
                WordXml.Empty(xml, "pageBreakBefore");
            }

            if (numId is { } id)
            {
                WordXml.Start(xml, "numPr");
                WordXml.Val(xml, "ilvl", "0");
                WordXml.Val(xml, "numId", id.ToString(CultureInfo.InvariantCulture));
                WordXml.End(xml);
            }

            if (spaceBefore)
            {
                WordXml.Start(xml, "spacing");
                WordXml.Attribute(xml, "before", "160");
                WordXml.End(xml);
            }

            WordXml.End(xml);
        }

        foreach (var run in runs)
        {
            WordXml.Run(xml, run.Text, run.Bold, run.Italic);
        }

        WordXml.End(xml);
    }

    private void List(PaperList list, bool spaceBefore)
    {
        var numId = list.Numbered ? StyleIds.FirstNumberedNumId + NumberedLists++ : StyleIds.BulletNumId;
        var style = list.Numbered ? StyleIds.ListNumber : StyleIds.ListBullet;
        var first = true;
        foreach (var entry in list.Items)
        {
            Paragraph(style, pageBreakBefore: false, numId, spaceBefore && first, entry);
            first = false;
        }
    }

    private void Table(PaperTable table, int width)
    {
        var weights = table.ColumnWeights;
        var sum = 0;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        var widths = new int[weights.Count];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = (int)((long)width * weights[i] / Math.Max(1, sum));
        }

        WordXml.Start(xml, "tbl");
        WordXml.Start(xml, "tblPr");
        WordXml.Val(xml, "tblStyle", StyleIds.Table);
        WordXml.Start(xml, "tblW");
        WordXml.Attribute(xml, "w", Twips(widths.Sum()));
        WordXml.Attribute(xml, "type", "dxa");
        WordXml.End(xml);
        WordXml.Start(xml, "tblLayout");
        WordXml.Attribute(xml, "type", "fixed");
        WordXml.End(xml);
        WordXml.Start(xml, "tblLook");
        WordXml.Attribute(xml, "val", table.HasHeaderRow ? "04A0" : "0480");
        WordXml.Attribute(xml, "firstRow", table.HasHeaderRow ? "1" : "0");
        WordXml.Attribute(xml, "lastRow", "0");
        WordXml.Attribute(xml, "firstColumn", "0");
        WordXml.Attribute(xml, "lastColumn", "0");
        WordXml.Attribute(xml, "noHBand", "1");
        WordXml.Attribute(xml, "noVBand", "1");
        WordXml.End(xml);
        WordXml.End(xml);
        WordXml.Start(xml, "tblGrid");
        foreach (var w in widths)
        {
            WordXml.Start(xml, "gridCol");
            WordXml.Attribute(xml, "w", Twips(w));
            WordXml.End(xml);
        }

        WordXml.End(xml);
        var header = table.HasHeaderRow;
        var outer = inHeaderRow;
        foreach (var row in table.Rows)
        {
            inHeaderRow = header;
            Row(row, widths, header);
            header = false;
        }

        inHeaderRow = outer;

        WordXml.End(xml);
    }

    private void Row(PaperRow row, int[] widths, bool header)
    {
        WordXml.Start(xml, "tr");
        WordXml.Start(xml, "trPr");
        WordXml.Empty(xml, "cantSplit");
        if (header)
        {
            WordXml.Empty(xml, "tblHeader");
        }

        WordXml.End(xml);
        for (var c = 0; c < widths.Length; c++)
        {
            WordXml.Start(xml, "tc");
            WordXml.Start(xml, "tcPr");
            WordXml.Start(xml, "tcW");
            WordXml.Attribute(xml, "w", Twips(widths[c]));
            WordXml.Attribute(xml, "type", "dxa");
            WordXml.End(xml);
            WordXml.End(xml);
            var endsWithParagraph = false;
            if (c < row.Cells.Count)
            {
                foreach (var block in row.Cells[c].Blocks)
                {
                    endsWithParagraph = Block(block, inTable: true, widths[c] - CellPadding, spaceBefore: false);
                }
            }

            // A cell must end with a paragraph.
            if (!endsWithParagraph)
            {
                Paragraph(StyleIds.TableText, pageBreakBefore: false, numId: null, spaceBefore: false, []);
            }

            WordXml.End(xml);
        }

        WordXml.End(xml);
    }

    private void Signatures(PaperSignatures signatures)
    {
        foreach (var signatory in signatures.Signatories)
        {
            Paragraph(StyleIds.SignatureLine, pageBreakBefore: false, numId: null, spaceBefore: false, []);
            Paragraph(StyleIds.Signature, pageBreakBefore: false, numId: null, spaceBefore: false, [new PaperRun(signatory.Name)]);
            if (signatory.Approval is { } approval)
            {
                Paragraph(StyleIds.Signature, pageBreakBefore: false, numId: null, spaceBefore: false, [new PaperRun(approval)]);
            }
        }
    }

    private void SectionProperties()
    {
        WordXml.Start(xml, "sectPr");
        Reference("headerReference", PackageParts.HeaderId);
        Reference("footerReference", PackageParts.FooterId);
        WordXml.Start(xml, "pgSz");
        WordXml.Attribute(xml, "w", "11906");
        WordXml.Attribute(xml, "h", "16838");
        WordXml.End(xml);
        WordXml.Start(xml, "pgMar");
        WordXml.Attribute(xml, "top", "1701");
        WordXml.Attribute(xml, "right", "1134");
        WordXml.Attribute(xml, "bottom", "1418");
        WordXml.Attribute(xml, "left", "1134");
        WordXml.Attribute(xml, "header", "709");
        WordXml.Attribute(xml, "footer", "709");
        WordXml.Attribute(xml, "gutter", "0");
        WordXml.End(xml);
        WordXml.End(xml);

        void Reference(string name, string id)
        {
            WordXml.Start(xml, name);
            WordXml.Attribute(xml, "type", "default");
            xml.WriteAttributeString("r", "id", WordXml.R, id);
            WordXml.End(xml);
        }
    }

    private static string HeadingStyle(HeadingRole role) => role switch
    {
        HeadingRole.Title => StyleIds.Title,
        HeadingRole.Front => StyleIds.FrontHeading,
        HeadingRole.Section => StyleIds.Heading2,
        _ => StyleIds.Heading1,
    };

    private static string? ParagraphStyle(ParagraphRole role, bool inTable) => role switch
    {
        ParagraphRole.Subtitle => StyleIds.Subtitle,
        ParagraphRole.DraftMark => StyleIds.DraftMark,
        ParagraphRole.Field => StyleIds.FrontField,
        ParagraphRole.ItemMeta => StyleIds.ItemMeta,
        ParagraphRole.Label => StyleIds.Label,
        ParagraphRole.AttachmentGroup => StyleIds.AttachmentItem,
        ParagraphRole.AttachmentLine => StyleIds.AttachmentLine,
        ParagraphRole.SignatureLine => StyleIds.SignatureLine,
        ParagraphRole.Signature => StyleIds.Signature,
        _ => inTable ? StyleIds.TableText : null,
    };

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
