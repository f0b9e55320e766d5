using System.Runtime.CompilerServices;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>What each element does when it opens and when it closes.</summary>
internal sealed partial class PartProjector
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Enter()
    {
        var parent = frames[depth - 1];
        var word = OpcNames.IsWord(reader.NamespaceURI);
        var frame = parent.Kind switch
        {
            Kind.Skip => new Frame(Kind.Skip),
            Kind.Root => RootElement(word),
            _ when !word => new Frame(Kind.Skip),
            _ => Child(parent, reader.LocalName),
        };
        Push(frame);
    }

    private Frame RootElement(bool word)
    {
        var expected = root switch { Root.Document => "document", Root.Header => "hdr", _ => "ftr" };
        if (!word || reader.LocalName != expected)
        {
            throw xml.Refuse("has the root element " + reader.Name + ", not w:" + expected);
        }

        return new Frame(root == Root.Document ? Kind.Document : Kind.HeaderFooter);
    }

    // The children each kind of element has, as the SDK typed them; anything else is skipped
    // with all it holds.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Frame Child(Frame parent, string name)
    {
        ref var parentFrame = ref frames[depth - 1];
        switch (parent.Kind, name)
        {
            case (Kind.Document, "body") when parentFrame.First(Seen.First):
                return new Frame(Kind.Body);
            case (Kind.Body or Kind.HeaderFooter, "p"):
                StartParagraph(tableLevel: -1, inBody: parent.Kind == Kind.Body);
                return new Frame(Kind.Paragraph);
            case (Kind.Body or Kind.HeaderFooter, "tbl"):
                return new Frame(Kind.Table, level: 0);
            case (Kind.Body, "sectPr"):
                section = new SectionProperties();
                return new Frame(Kind.Section);
            case (Kind.Paragraph, "pPr") when parentFrame.First(Seen.First):
                return new Frame(Kind.ParagraphProperties);
            case (Kind.Paragraph or Kind.Hyperlink or Kind.Inserted, "r"):
                bold = false;
                italic = false;
                run.Clear();
                return new Frame(Kind.Run);
            case (Kind.Paragraph or Kind.Hyperlink, "hyperlink"):
                PushField();
                return new Frame(Kind.Hyperlink);
            case (Kind.Paragraph or Kind.Hyperlink or Kind.Inserted, "ins"):
                PushField();
                return new Frame(Kind.Inserted);
            case (Kind.Paragraph or Kind.Hyperlink, "fldSimple"):
                Field(xml.Attribute("instr"));
                return new Frame(Kind.Skip);
            case (Kind.ParagraphProperties, "pStyle") when parentFrame.First(Seen.First):
                styleId = xml.Attribute("val");
                return new Frame(Kind.Skip);
            case (Kind.ParagraphProperties, "numPr") when parentFrame.First(Seen.Second):
                return new Frame(Kind.NumberingProperties);
            case (Kind.ParagraphProperties, "sectPr") when parentFrame.First(Seen.Third) && paragraphInBody:
                section = new SectionProperties();
                return new Frame(Kind.Section);
            case (Kind.NumberingProperties, "numId") when parentFrame.First(Seen.First):
                numId = WordValues.Int(xml, "val");
                return new Frame(Kind.Skip);
            case (Kind.Run, "rPr") when parentFrame.First(Seen.First):
                return new Frame(Kind.RunProperties);
            case (Kind.Run, "t"):
                return new Frame(Kind.Text);
            case (Kind.Run, "instrText"):
                return new Frame(Kind.FieldCode);
            case (Kind.Run, "tab"):
                Capped(run, "\u2192");
                return new Frame(Kind.Skip);
            case (Kind.Run, "br"):
                Capped(run, xml.Attribute("type") == "page" ? "{PAGEBREAK}" : "\u21b5");
                return new Frame(Kind.Skip);
            case (Kind.Run, "fldChar"):
                FieldChar(xml.Attribute("fldCharType"));
                return new Frame(Kind.Skip);
            case (Kind.RunProperties, "b") when parentFrame.First(Seen.First):
                bold = WordValues.OnOff(xml, "val");
                return new Frame(Kind.Skip);
            case (Kind.RunProperties, "i") when parentFrame.First(Seen.Second):
                italic = WordValues.OnOff(xml, "val");
                return new Frame(Kind.Skip);
            case (Kind.Table, "tr"):
                return StartRow(ref parentFrame);
            case (Kind.Row, "trPr") when parentFrame.First(Seen.First):
                return new Frame(Kind.RowProperties);
            case (Kind.Row, "tc"):
                Output.Append(' ');
                return new Frame(Kind.Cell, parent.Level);
            case (Kind.RowProperties, "tblHeader"):
                MarkHeaderRow(ref frames[depth - 2]);
                return new Frame(Kind.Skip);
            case (Kind.Cell, "p"):
                StartParagraph(parent.Level, inBody: false);
                return new Frame(Kind.Paragraph);
            case (Kind.Cell, "tbl"):
                StartPart(ref parentFrame);
                Output.Append('{');
                return new Frame(Kind.Table, parent.Level + 1);
            case (Kind.Section, "pgSz") when parentFrame.First(Seen.First):
                section!.HasPageSize = true;
                section.Width = WordValues.UInt(xml, "w");
                section.Height = WordValues.UInt(xml, "h");
                return new Frame(Kind.Skip);
            case (Kind.Section, "headerReference"):
                section!.Headers.Add((xml.Attribute("type") ?? "default", RelationshipId()));
                return new Frame(Kind.Skip);
            case (Kind.Section, "footerReference"):
                section!.Footers.Add((xml.Attribute("type") ?? "default", RelationshipId()));
                return new Frame(Kind.Skip);
            default:
                return new Frame(Kind.Skip);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Leave()
    {
        var frame = frames[--depth];
        switch (frame.Kind)
        {
            case Kind.Paragraph:
                fieldDepth--;
                FinishParagraph();
                break;
            case Kind.Hyperlink or Kind.Inserted:
                fieldDepth--;
                break;
            case Kind.Run:
                FinishRun();
                break;
            case Kind.Table when frame.Level > 0:
                Output.Append('}');
                break;
            case Kind.Row when frame.Level == 0:
                Output.Append('\n');
                break;
            case Kind.Cell:
                Output.Append(" |");
                break;
            case Kind.Section when frames[depth - 1].Kind == Kind.Body:
                context.Section(section!, xml);
                section = null;
                break;
            case Kind.Section:
                paragraphSection = section;
                section = null;
                break;
        }
    }

    private string? RelationshipId() =>
        reader.GetAttribute("id", OpcNames.Relationship) ?? reader.GetAttribute("id", OpcNames.RelationshipStrict);

    private void StartParagraph(int tableLevel, bool inBody)
    {
        paragraph.Clear();
        styleId = null;
        numId = null;
        paragraphTableLevel = tableLevel;
        paragraphInBody = inBody;
        paragraphSection = null;
        PushField();
    }

    // A paragraph in the body or a header is a line "[Style] marker text"; in a table cell it is
    // one of the cell's parts, "marker text", left out when empty.
    private void FinishParagraph()
    {
        var marker = context.Numbering.Marker(styleId, numId);
        if (paragraphTableLevel < 0)
        {
            Output.AppendLine(styleId ?? "Normal", marker, paragraph);
            if (paragraphSection is { } sectionOfParagraph)
            {
                paragraphSection = null;
                context.Section(sectionOfParagraph, xml);
            }

            return;
        }

        if (marker.Length + paragraph.Length == 0)
        {
            return;
        }

        StartPart(ref frames[depth - 1]);
        Output.Append(marker).Append(paragraph, newlinesAsSpaces: paragraphTableLevel > 0);
    }

    // The parts of a cell (its non-empty paragraphs and its nested tables) are joined by " ¶ ".
    private void StartPart(ref Frame cell)
    {
        if (cell.Count++ > 0)
        {
            Output.Append(" \u00b6 ");
        }
    }

    // Run text shows unless a field's instruction is running (between its begin and its
    // separate or end); bold and italic wrap it as **x** and _x_.
    private void FinishRun()
    {
        if (!CurrentField.ShowResult || run.Length == 0)
        {
            return;
        }

        var open = (bold ? "**" : string.Empty) + (italic ? "_" : string.Empty);
        var close = (italic ? "_" : string.Empty) + (bold ? "**" : string.Empty);
        Reserve(paragraph, run.Length + open.Length + close.Length);
        paragraph.Append(open).Append(run).Append(close);
    }

    private void FieldChar(string? type)
    {
        var field = CurrentField;
        switch (type)
        {
            case "begin":
                field.InField = true;
                field.ShowResult = false;
                field.Instruction.Clear();
                break;
            case "separate":
                Field(field.Instruction.ToString());
                field.InField = false;
                break;
            case "end":
                if (field.InField)
                {
                    Field(field.Instruction.ToString());
                }

                field.InField = false;
                field.ShowResult = true;
                break;
        }
    }

    // A field prints as {NAME}: the first word of its instruction.
    private void Field(string? instruction)
    {
        var trimmed = (instruction ?? string.Empty).Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        Capped(paragraph, "{" + (space < 0 ? trimmed : trimmed[..space]) + "}");
    }

    // A row is "| cells |", a header row (w:tblHeader in its first w:trPr) "|= cells |"; in a
    // nested table the rows are joined by spaces on the cell's line.
    private Frame StartRow(ref Frame table)
    {
        if (table.Level > 0 && table.Count > 0)
        {
            Output.Append(' ');
        }

        table.Count++;
        Output.Append('|');
        return new Frame(Kind.Row, table.Level, Output.Length - 1);
    }

    // w:trPr may come after the row's cells; the '=' then goes in where the row began.
    private void MarkHeaderRow(ref Frame row)
    {
        if (!row.First(Seen.Header))
        {
            return;
        }

        if (row.RowStart + 1 == Output.Length)
        {
            Output.Append('=');
        }
        else
        {
            Output.Insert(row.RowStart + 1, '=');
        }
    }
}
