using NPOI.XWPF.UserModel;

namespace Kommune.Protocols.Benchmarks.Docx;

/// <summary>
/// The other peer: NPOI 2.4.1 (XWPF), the Java POI port many .NET shops use, building the same
/// paragraphs, runs, list numbering and tables. NPOI gets no styles part (its API has no way to
/// take ours without an XML round trip), so it writes a little less than the others.
/// </summary>
internal static class NpoiWriter
{
    public static void Write(DocumentContent content, Stream output)
    {
        var document = new XWPFDocument();
        foreach (var block in content.Blocks)
        {
            switch (block)
            {
                case ParagraphContent p:
                    Fill(document.CreateParagraph(), p);
                    break;
                case TableContent t:
                    AddTable(document, t);
                    break;
            }
        }

        document.Write(output);
    }

    private static void AddTable(XWPFDocument document, TableContent content)
    {
        var columns = content.Rows.Count == 0 ? content.Widths.Count : content.Rows.Max(r => r.Count);
        var table = document.CreateTable(content.Rows.Count, columns);
        for (var r = 0; r < content.Rows.Count; r++)
        {
            var row = table.GetRow(r);
            row.IsCantSplitRow = true;
            if (r == 0 && content.HeaderRow)
            {
                row.IsRepeatHeader = true;
            }

            for (var c = 0; c < content.Rows[r].Count; c++)
            {
                var cell = row.GetCell(c);
                var paragraphs = content.Rows[r][c];
                for (var i = 0; i < paragraphs.Count; i++)
                {
                    Fill(i == 0 ? cell.Paragraphs[0] : cell.AddParagraph(), paragraphs[i]);
                }
            }
        }
    }

    private static void Fill(XWPFParagraph paragraph, ParagraphContent content)
    {
        if (content.Style is not null)
        {
            paragraph.Style = content.Style;
        }

        if (content.NumId is { } numId)
        {
            paragraph.SetNumID(numId.ToString(System.Globalization.CultureInfo.InvariantCulture), content.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var run in content.Runs)
        {
            var r = paragraph.CreateRun();
            if (run.IsTab)
            {
                r.AddTab();
                continue;
            }

            r.IsBold = run.Bold;
            r.IsItalic = run.Italic;
            r.SetText(run.Text);
        }
    }
}
