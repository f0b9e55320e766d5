using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Html;

/// <summary>Tables: a caption where the paper has one, the header row as <c>th scope="col"</c> in <c>thead</c>, every row as wide as the table.</summary>
internal sealed partial class HtmlBodyWriter
{
    private void Table(PaperTable table)
    {
        html.Write("<table class=\"kp-table ");
        html.Write(TableClass(table.Role));
        html.Write("\">\n");
        if (table.Caption is { } caption)
        {
            html.Write("<caption>");
            Inline(caption, bold: false, italic: false);
            html.Write("</caption>\n");
        }

        // Column widths are left to the browser: it sizes columns to their content and reflows them on a narrow screen.
        var columns = table.ColumnWeights.Count;
        var header = table.HasHeaderRow;
        var inBody = false;
        foreach (var row in table.Rows)
        {
            if (header)
            {
                html.Write("<thead>\n");
                Row(row, columns, header: true);
                html.Write("</thead>\n");
                header = false;
                continue;
            }

            if (!inBody)
            {
                html.Write("<tbody>\n");
                inBody = true;
            }

            Row(row, columns, header: false);
        }

        if (inBody)
        {
            html.Write("</tbody>\n");
        }

        html.Write("</table>\n");
    }

    private void Row(PaperRow row, int columns, bool header)
    {
        html.Write("<tr>");

        // A short row is padded to the table's width; a long one keeps every cell (nothing is dropped).
        var count = Math.Max(columns, row.Cells.Count);
        for (var c = 0; c < count; c++)
        {
            if (c >= row.Cells.Count)
            {
                html.Write("<td></td>");
                continue;
            }

            html.Write(header ? "<th scope=\"col\">" : "<td>");
            Cell(row.Cells[c]);
            html.Write(header ? "</th>" : "</td>");
        }

        html.Write("</tr>\n");
    }

    private void Cell(PaperCell cell)
    {
        // The common cell of one plain paragraph is written as the cell's own text.
        if (cell.Blocks is [PaperParagraph { Role: ParagraphRole.Body } only])
        {
            Runs(only.Runs);
            return;
        }

        if (cell.Blocks.Count > 0)
        {
            html.Write('\n');
            Flow(cell.Blocks);
        }
    }

    private static string TableClass(TableRole role) => role switch
    {
        TableRole.Contents => "kp-contents",
        TableRole.TimePlan => "kp-time-plan",
        TableRole.UpcomingMeetings => "kp-upcoming",
        _ => "kp-content",
    };
}
