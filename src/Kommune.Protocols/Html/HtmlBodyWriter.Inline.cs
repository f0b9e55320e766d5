using Kommune.Protocols.Paper.Blocks;

namespace Kommune.Protocols.Html;

/// <summary>Runs: bold as <c>strong</c>, italic as <c>em</c>, a line break as <c>br</c>, columns as elements of their own.</summary>
internal sealed partial class HtmlBodyWriter
{
    private static readonly System.Buffers.SearchValues<char> LineEnds = System.Buffers.SearchValues.Create("\r\n");

    /// <summary>Runs where a tab is just text (running text keeps a tab the meeting's text holds).</summary>
    private void Runs(IReadOnlyList<PaperRun> runs)
    {
        foreach (var run in runs)
        {
            Inline(run.Text, run.Bold, run.Italic);
        }
    }

    /// <summary>
    /// Runs whose tabs separate columns: at each of the first <paramref name="maxColumns"/> - 1
    /// tabs <paramref name="between"/> is written (it closes one column's element and opens the
    /// next); later tabs stay text.
    /// </summary>
    /// <returns>How many columns were written.</returns>
    private int Columns(IReadOnlyList<PaperRun> runs, string between, int maxColumns)
    {
        var column = 1;
        foreach (var run in runs)
        {
            var text = run.Text.AsSpan();
            while (true)
            {
                var tab = column < maxColumns ? text.IndexOf('\t') : -1;
                Inline(tab < 0 ? text : text[..tab], run.Bold, run.Italic);
                if (tab < 0)
                {
                    break;
                }

                html.Write(between);
                column++;
                text = text[(tab + 1)..];
            }
        }

        return column;
    }

    /// <summary>Text in its formatting; CR LF, CR and LF each become one <c>br</c>.</summary>
    private void Inline(ReadOnlySpan<char> text, bool bold, bool italic)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (bold)
        {
            html.Write("<strong>");
        }

        if (italic)
        {
            html.Write("<em>");
        }

        while (true)
        {
            var end = text.IndexOfAny(LineEnds);
            if (end < 0)
            {
                HtmlText.Text(html, text);
                break;
            }

            HtmlText.Text(html, text[..end]);
            html.Write("<br>");
            end += text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            text = text[end..];
        }

        if (italic)
        {
            html.Write("</em>");
        }

        if (bold)
        {
            html.Write("</strong>");
        }
    }
}
