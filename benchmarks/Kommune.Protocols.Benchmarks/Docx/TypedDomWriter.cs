using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Benchmarks.Docx;

/// <summary>
/// The peer most in-house code resembles: the whole body built as a typed Open XML SDK tree,
/// then saved through <see cref="WordprocessingDocument"/> (System.IO.Packaging). Same content,
/// styles, numbering, header and footer as ours.
/// </summary>
internal static class TypedDomWriter
{
    public static void Write(DocumentContent content, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(content.Parts["word/styles.xml"]);
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new W.Numbering(content.Parts["word/numbering.xml"]);
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new W.Header(content.Parts["word/header1.xml"]);
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new W.Footer(content.Parts["word/footer1.xml"]);

        var body = new W.Body();
        foreach (var block in content.Blocks)
        {
            body.AppendChild(block switch
            {
                ParagraphContent p => Paragraph(p),
                TableContent t => (OpenXmlElement)Table(t),
                _ => throw new InvalidOperationException(),
            });
        }

        body.AppendChild(new W.SectionProperties(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new W.PageSize { Width = 11906U, Height = 16838U },
            new W.PageMargin { Top = 1701, Right = 1134U, Bottom = 1418, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
        main.Document = new W.Document(body);
    }

    private static W.Paragraph Paragraph(ParagraphContent content)
    {
        var paragraph = new W.Paragraph();
        if (content.Style is not null || content.NumId is not null)
        {
            var properties = new W.ParagraphProperties();
            if (content.Style is not null)
            {
                properties.ParagraphStyleId = new W.ParagraphStyleId { Val = content.Style };
            }

            if (content.NumId is { } numId)
            {
                properties.NumberingProperties = new W.NumberingProperties(
                    new W.NumberingLevelReference { Val = content.Level },
                    new W.NumberingId { Val = numId });
            }

            paragraph.AppendChild(properties);
        }

        foreach (var run in content.Runs)
        {
            paragraph.AppendChild(Run(run));
        }

        return paragraph;
    }

    private static W.Run Run(RunContent content)
    {
        if (content.IsTab)
        {
            return new W.Run(new W.TabChar());
        }

        var run = new W.Run();
        if (content.Bold || content.Italic)
        {
            var properties = new W.RunProperties();
            if (content.Bold)
            {
                properties.Append(new W.Bold(), new W.BoldComplexScript());
            }

            if (content.Italic)
            {
                properties.Append(new W.Italic(), new W.ItalicComplexScript());
            }

            run.AppendChild(properties);
        }

        run.AppendChild(new W.Text(content.Text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static W.Table Table(TableContent content)
    {
        var total = content.Widths.Sum();
        var table = new W.Table(new W.TableProperties(
            new W.TableStyle { Val = "ProtocolTable" },
            new W.TableWidth { Width = total.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.TableLayout { Type = W.TableLayoutValues.Fixed }));
        table.AppendChild(new W.TableGrid(content.Widths.Select(w => new W.GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        for (var r = 0; r < content.Rows.Count; r++)
        {
            var row = new W.TableRow();
            var rowProperties = new W.TableRowProperties(new W.CantSplit());
            if (r == 0 && content.HeaderRow)
            {
                rowProperties.AppendChild(new W.TableHeader());
            }

            row.AppendChild(rowProperties);
            for (var c = 0; c < content.Rows[r].Count; c++)
            {
                var cell = new W.TableCell(new W.TableCellProperties(new W.TableCellWidth
                {
                    Width = content.Widths[Math.Min(c, content.Widths.Count - 1)].ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Type = W.TableWidthUnitValues.Dxa,
                }));
                foreach (var paragraph in content.Rows[r][c])
                {
                    cell.AppendChild(Paragraph(paragraph));
                }

                row.AppendChild(cell);
            }

            table.AppendChild(row);
        }

        return table;
    }
}
