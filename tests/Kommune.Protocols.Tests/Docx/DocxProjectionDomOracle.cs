using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommune.Protocols.Tests.Docx;

/// <summary>
/// The DOCX text projection as it was before it was rewritten to stream (the Open XML SDK's
/// document tree), kept unchanged as the reference the streaming projection must agree with on
/// every document the library writes. Not for hostile input: that is what the rewrite is for.
/// </summary>
internal static class DocxProjectionDomOracle
{
    /// <summary>Projects a DOCX to text.</summary>
    /// <param name="docx">The DOCX (read from its current position; need not seek).</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public static string Project(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (!docx.CanSeek)
        {
            var copy = new MemoryStream();
            docx.CopyTo(copy);
            copy.Position = 0;
            docx = copy;
        }

        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var projector = new Projector(main);
        var output = new StringBuilder();
        var body = main.Document?.Body;
        var section = 0;
        if (body is not null)
        {
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case W.Paragraph paragraph:
                        output.Append(projector.Paragraph(paragraph, withStyle: true)).Append('\n');
                        if (paragraph.ParagraphProperties?.SectionProperties is { } inner)
                        {
                            projector.Section(output, inner, ++section);
                        }

                        break;
                    case W.Table table:
                        projector.Table(output, table);
                        break;
                    case W.SectionProperties final:
                        projector.Section(output, final, ++section);
                        break;
                }
            }
        }

        return output.ToString();
    }

    /// <summary>Projects DOCX bytes to text.</summary>
    /// <param name="docx">The DOCX bytes.</param>
    /// <returns>The text.</returns>
    public static string Project(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = new MemoryStream(docx, writable: false);
        return Project(stream);
    }

    private sealed class Projector
    {
        private readonly MainDocumentPart main;
        private readonly Dictionary<string, string?> styleNumbering = new(StringComparer.Ordinal);
        private readonly Dictionary<int, string> numberFormats = [];
        private readonly Dictionary<int, int> counters = [];

        public Projector(MainDocumentPart main)
        {
            this.main = main;
            foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<W.Style>() ?? [])
            {
                if (style.StyleId?.Value is { } id)
                {
                    styleNumbering[id] = style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value.ToString(CultureInfo.InvariantCulture);
                }
            }

            var numbering = main.NumberingDefinitionsPart?.Numbering;
            if (numbering is null)
            {
                return;
            }

            var abstracts = numbering.Elements<W.AbstractNum>()
                .Where(a => a.AbstractNumberId is not null)
                .GroupBy(a => a.AbstractNumberId!.Value)
                .ToDictionary(g => g.Key, g => g.First().Elements<W.Level>().FirstOrDefault()?.NumberingFormat?.Val?.Value);
            foreach (var instance in numbering.Elements<W.NumberingInstance>())
            {
                if (instance.NumberID?.Value is { } numId && instance.AbstractNumId?.Val?.Value is { } abstractId)
                {
                    var format = abstracts.GetValueOrDefault(abstractId);
                    numberFormats[numId] = format == W.NumberFormatValues.Bullet ? "bullet" : "decimal";
                }
            }
        }

        public string Paragraph(W.Paragraph paragraph, bool withStyle)
        {
            var text = new StringBuilder();
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (withStyle)
            {
                text.Append('[').Append(styleId ?? "Normal").Append("] ");
            }

            var numId = paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value
                ?? (styleId is not null && styleNumbering.GetValueOrDefault(styleId) is { } fromStyle ? int.Parse(fromStyle, CultureInfo.InvariantCulture) : null);
            if (numId is { } id && id != 0 && numberFormats.TryGetValue(id, out var format))
            {
                if (format == "bullet")
                {
                    text.Append("\u2022 ");
                }
                else
                {
                    var n = counters.GetValueOrDefault(id) + 1;
                    counters[id] = n;
                    text.Append(n.ToString(CultureInfo.InvariantCulture)).Append(". ");
                }
            }

            Inline(text, paragraph);
            return text.ToString();
        }

        public void Table(StringBuilder output, W.Table table)
        {
            foreach (var row in table.Elements<W.TableRow>())
            {
                var header = row.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null;
                output.Append(header ? "|=" : "|");
                foreach (var cell in row.Elements<W.TableCell>())
                {
                    var parts = new List<string>();
                    foreach (var child in cell.ChildElements)
                    {
                        if (child is W.Paragraph p)
                        {
                            var text = Paragraph(p, withStyle: false);
                            if (text.Length > 0)
                            {
                                parts.Add(text);
                            }
                        }
                        else if (child is W.Table nested)
                        {
                            var inner = new StringBuilder();
                            Table(inner, nested);
                            parts.Add("{" + inner.ToString().TrimEnd('\n').Replace("\n", " ", StringComparison.Ordinal) + "}");
                        }
                    }

                    output.Append(' ').Append(string.Join(" \u00b6 ", parts)).Append(" |");
                }

                output.Append('\n');
            }
        }

        public void Section(StringBuilder output, W.SectionProperties section, int number)
        {
            var size = section.GetFirstChild<W.PageSize>();
            output.Append("== section ").Append(number.ToString(CultureInfo.InvariantCulture));
            if (size is not null)
            {
                output.Append(": page ").Append(size.Width?.Value.ToString(CultureInfo.InvariantCulture)).Append('x').Append(size.Height?.Value.ToString(CultureInfo.InvariantCulture));
            }

            output.Append(" ==\n");
            foreach (var reference in section.Elements<W.HeaderReference>())
            {
                output.Append("-- header ").Append(reference.Type?.InnerText ?? "default").Append(" --\n");
                if (reference.Id?.Value is { } id && main.GetPartById(id) is HeaderPart part && part.Header is { } header)
                {
                    Blocks(output, header.ChildElements);
                }
            }

            foreach (var reference in section.Elements<W.FooterReference>())
            {
                output.Append("-- footer ").Append(reference.Type?.InnerText ?? "default").Append(" --\n");
                if (reference.Id?.Value is { } id && main.GetPartById(id) is FooterPart part && part.Footer is { } footer)
                {
                    Blocks(output, footer.ChildElements);
                }
            }
        }

        private void Blocks(StringBuilder output, OpenXmlElementList elements)
        {
            foreach (var element in elements)
            {
                if (element is W.Paragraph p)
                {
                    output.Append(Paragraph(p, withStyle: true)).Append('\n');
                }
                else if (element is W.Table t)
                {
                    Table(output, t);
                }
            }
        }

        private static void Inline(StringBuilder text, OpenXmlElement container)
        {
            var inField = false;
            var showResult = true;
            var instruction = new StringBuilder();
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case W.SimpleField field:
                        text.Append('{').Append(FieldName(field.Instruction?.Value)).Append('}');
                        break;
                    case W.Hyperlink or W.InsertedRun:
                        Inline(text, child);
                        break;
                    case W.Run run:
                        foreach (var part in run.ChildElements)
                        {
                            if (part is W.FieldChar fieldChar)
                            {
                                var type = fieldChar.FieldCharType?.Value;
                                if (type == W.FieldCharValues.Begin)
                                {
                                    inField = true;
                                    showResult = false;
                                    instruction.Clear();
                                }
                                else if (type == W.FieldCharValues.Separate)
                                {
                                    text.Append('{').Append(FieldName(instruction.ToString())).Append('}');
                                    inField = false;
                                }
                                else if (type == W.FieldCharValues.End)
                                {
                                    if (inField)
                                    {
                                        text.Append('{').Append(FieldName(instruction.ToString())).Append('}');
                                    }

                                    inField = false;
                                    showResult = true;
                                }
                            }
                            else if (part is W.FieldCode code)
                            {
                                instruction.Append(code.Text);
                            }
                        }

                        if (showResult)
                        {
                            RunText(text, run);
                        }

                        break;
                }
            }
        }

        private static void RunText(StringBuilder text, W.Run run)
        {
            var bold = run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);
            var italic = run.RunProperties?.Italic is { } i && (i.Val is null || i.Val.Value);
            var content = new StringBuilder();
            foreach (var part in run.ChildElements)
            {
                switch (part)
                {
                    case W.Text t:
                        content.Append(t.Text);
                        break;
                    case W.TabChar:
                        content.Append('\u2192');
                        break;
                    case W.Break br when br.Type?.Value == W.BreakValues.Page:
                        content.Append("{PAGEBREAK}");
                        break;
                    case W.Break:
                        content.Append('\u21b5');
                        break;
                }
            }

            if (content.Length == 0)
            {
                return;
            }

            var marker = (bold ? "**" : string.Empty) + (italic ? "_" : string.Empty);
            text.Append(marker).Append(content).Append(new string(marker.Reverse().ToArray()));
        }

        private static string FieldName(string? instruction)
        {
            var trimmed = (instruction ?? string.Empty).Trim();
            var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? trimmed : trimmed[..space];
        }
    }
}
