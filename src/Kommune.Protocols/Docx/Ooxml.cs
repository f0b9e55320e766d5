using System.Text;
using DocumentFormat.OpenXml;
using Kommune.Protocols.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Docx;

/// <summary>Small builders for the WordprocessingML elements the renderers write.</summary>
internal static class Ooxml
{
    public static W.Paragraph Paragraph(string? styleId, params OpenXmlElement[] content) => Paragraph(styleId, (IEnumerable<OpenXmlElement>)content);

    public static W.Paragraph Paragraph(string? styleId, IEnumerable<OpenXmlElement> content, int? numId = null)
    {
        var paragraph = new W.Paragraph();
        if (styleId is not null || numId is not null)
        {
            var properties = new W.ParagraphProperties();
            if (styleId is not null)
            {
                properties.Append(new W.ParagraphStyleId { Val = styleId });
            }

            if (numId is { } id)
            {
                properties.Append(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = id }));
            }

            paragraph.Append(properties);
        }

        foreach (var element in content)
        {
            paragraph.Append(element);
        }

        return paragraph;
    }

    public static W.Paragraph Text(string? styleId, string text) => Paragraph(styleId, Run(text));

    public static List<OpenXmlElement> Runs(ValueList<TextRun> runs)
    {
        var elements = new List<OpenXmlElement>(runs.Count);
        foreach (var run in runs)
        {
            elements.Add(Run(run.Text, run.Bold, run.Italic));
        }

        return elements;
    }

    /// <summary>A run; <c>\n</c> becomes a line break and <c>\t</c> a tab, characters XML cannot hold are dropped.</summary>
    public static W.Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new W.Run();
        if (bold || italic)
        {
            var properties = new W.RunProperties();
            if (bold)
            {
                properties.Append(new W.Bold(), new W.BoldComplexScript());
            }

            if (italic)
            {
                properties.Append(new W.Italic(), new W.ItalicComplexScript());
            }

            run.Append(properties);
        }

        var piece = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\n' or '\t')
            {
                Flush(run, piece);
                run.Append(c == '\n' ? new W.Break() : new W.TabChar());
            }
            else if ((c != '\r' && System.Xml.XmlConvert.IsXmlChar(c)) || char.IsSurrogate(c))
            {
                piece.Append(c);
            }
        }

        Flush(run, piece);
        return run;

        static void Flush(W.Run run, StringBuilder piece)
        {
            if (piece.Length == 0)
            {
                return;
            }

            var value = piece.ToString();
            piece.Clear();
            var element = new W.Text(value);
            if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            {
                element.Space = SpaceProcessingModeValues.Preserve;
            }

            run.Append(element);
        }
    }

    public static W.Run Tab() => new(new W.TabChar());

    /// <summary>Replaces <c>{key}</c> in a label.</summary>
    public static string Fill(string template, string key, string value) =>
        template.Replace("{" + key + "}", value, StringComparison.Ordinal);

    /// <summary><c>A</c>, <c>A og B</c>, <c>A, B og C</c>.</summary>
    public static string JoinNames(IReadOnlyList<string> names, string and) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " " + and + " " + names[^1],
    };

    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A table with the protocol table style, fixed column widths and (when asked) a marked, repeated header row.</summary>
    public static W.Table Table(int[] widths, bool hasHeaderRow, IEnumerable<IReadOnlyList<IEnumerable<OpenXmlElement>>> rows)
    {
        var table = new W.Table(
            new W.TableProperties(
                new W.TableStyle { Val = StyleIds.Table },
                new W.TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableLook
                {
                    Val = hasHeaderRow ? "04A0" : "0480",
                    FirstRow = hasHeaderRow,
                    LastRow = false,
                    FirstColumn = false,
                    LastColumn = false,
                    NoHorizontalBand = true,
                    NoVerticalBand = true,
                }),
            new W.TableGrid(widths.Select(w => new W.GridColumn { Width = Twips(w) })));

        var first = true;
        foreach (var cells in rows)
        {
            var row = new W.TableRow();
            var header = first && hasHeaderRow;
            first = false;
            var rowProperties = new W.TableRowProperties(new W.CantSplit());
            if (header)
            {
                rowProperties.Append(new W.TableHeader());
            }

            row.Append(rowProperties);
            for (var c = 0; c < widths.Length; c++)
            {
                var cell = new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Width = Twips(widths[c]), Type = W.TableWidthUnitValues.Dxa }));
                var content = c < cells.Count ? cells[c] : [];
                OpenXmlElement? last = null;
                foreach (var element in content)
                {
                    cell.Append(element);
                    last = element;
                }

                if (last is not W.Paragraph)
                {
                    cell.Append(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = StyleIds.TableText })));
                }

                row.Append(cell);
            }

            table.Append(row);
        }

        return table;
    }

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
