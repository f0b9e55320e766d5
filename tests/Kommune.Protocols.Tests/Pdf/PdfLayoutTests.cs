using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Pdf.Text;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;
using UglyToad.PdfPig;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>The layout's promises: word wrap without loss, tab columns, rows kept whole or split without loss, repeated header rows, headings kept with their text.</summary>
public class PdfLayoutTests
{
    private static readonly PdfOptions Protocol = new() { Paper = PaperKind.Protocol };

    [Fact]
    public void A_word_wider_than_the_column_is_broken_between_characters_and_nothing_is_lost()
    {
        var word = string.Concat(Enumerable.Repeat("Kommunalbestyrelsesmøde", 12));
        var lines = LineBreaker.Break([new StyledRun($"Før {word} efter", FontFace.Regular)], Format(200));

        Assert.True(lines.Count > 4);
        Assert.Equal($"Før{word}efter", string.Concat(lines.SelectMany(l => l).Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.All(line, p => Assert.True(p.X + GlyphMap.For(p.Face).Width(p.Text, 11) <= 200.01)));
    }

    [Fact]
    public void Words_wrap_at_spaces_and_line_breaks_and_tabs_go_to_the_next_stop()
    {
        var lines = LineBreaker.Break(
            [new StyledRun("Dato", FontFace.Bold), new StyledRun("\t5. marts 2025\nny linje", FontFace.Regular)],
            new LineFormat { Size = 11, FirstLineStart = 0, LineStart = 85.05, LineEnd = 481.9, TabStops = [new TabStop(85.05)] });

        Assert.Equal(2, lines.Count);
        Assert.Equal(["Dato", "5. marts 2025"], lines[0].Select(p => p.Text));
        Assert.Equal(85.05, lines[0][1].X, 3);
        Assert.Equal(85.05, lines[1][0].X, 3);
    }

    [Fact]
    public void A_right_tab_aligns_the_last_column_to_the_end_of_the_line()
    {
        var lines = LineBreaker.Break(
            [new StyledRun("1\tÅben\tBaggrund\t29031/25", FontFace.Regular)],
            new LineFormat { Size = 11, FirstLineStart = 0, LineStart = 0, LineEnd = 481.9, TabStops = [new TabStop(28.35), new TabStop(70.9), new TabStop(481.9, Right: true)] });

        var last = Assert.Single(lines)[^1];
        Assert.Equal("29031/25", last.Text);
        Assert.Equal(481.9, last.X + GlyphMap.For(FontFace.Regular).Width(last.Text, 11), 3);
    }

    [Fact]
    public void Rows_that_fit_on_a_page_are_never_split_and_the_header_row_repeats_on_each_page()
    {
        var rows = Enumerable.Range(1, 40).Select(r => new TableRow
        {
            Cells = [TableCell.Of($"Række {r}"), new TableCell { Content = [.. Enumerable.Range(1, 8).Select(l => (Block)Paragraph.Of($"Række {r} linje {l}"))] }],
        });
        var pdf = PdfWriter.WriteToBytes(WithTable(new Table { HasHeaderRow = true, Rows = [new TableRow { Cells = [TableCell.Of("Kolonne A"), TableCell.Of("Kolonne B")] }, .. rows] }), Protocol);

        using var document = PdfDocument.Open(pdf);
        var table = new PdfStructureReader(document).Root().DepthFirst().First(e => e.Type == "Table" && e.Children.Count > 10);
        Assert.Equal(41, table.Children.Count);

        var pages = PdfTextProjection.Project(pdf).Split("== page ").Where(p => p.Contains("linje", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 3);
        Assert.All(pages.Skip(1), page => Assert.Contains("[Artifact] Kolonne A", page, StringComparison.Ordinal));
        foreach (var r in Enumerable.Range(1, 40))
        {
            Assert.Single(pages, p => p.Contains($"Række {r} linje", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_over_pages_without_losing_a_line()
    {
        var lines = Enumerable.Range(1, 150).Select(l => $"Linje {l} i en meget lang celle").ToList();
        var tall = new TableRow { Cells = [TableCell.Of("Lang"), new TableCell { Content = [.. lines.Select(l => (Block)Paragraph.Of(l))] }] };
        var pdf = PdfWriter.WriteToBytes(WithTable(new Table { HasHeaderRow = true, Rows = [new TableRow { Cells = [TableCell.Of("A"), TableCell.Of("B")] }, tall, new TableRow { Cells = [TableCell.Of("Efter"), TableCell.Of("Sidste række")] }] }), Protocol);

        var text = PdfTextProjection.FlatText(pdf);
        var at = 0;
        foreach (var line in lines.Append("Sidste række"))
        {
            var found = text.IndexOf(line.Replace(" ", string.Empty, StringComparison.Ordinal), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{line}' is missing or out of order");
            at = found;
        }

        using var document = PdfDocument.Open(pdf);
        var table = new PdfStructureReader(document).Root().DepthFirst().First(e => e.Type == "Table" && e.Children.Any(r => r.Children.Any(c => c.Type == "TH")) && e.Children.Count > 3);
        Assert.True(table.Children.Count > 3, "the tall row continues as new row elements");
    }

    [Fact]
    public void A_heading_never_ends_a_page()
    {
        var pdf = PdfWriter.WriteToBytes(MeetingGenerator.Generate(60, seed: 5), new PdfOptions { Paper = PaperKind.Protocol, Style = HouseStyle.Default with { ItemPerPage = false } });
        var pages = PdfTextProjection.Project(pdf).Split("== page ", StringSplitOptions.RemoveEmptyEntries);

        Assert.True(pages.Length > 5);
        foreach (var page in pages[..^1])
        {
            var last = page.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => !l.StartsWith("[Artifact]", StringComparison.Ordinal));
            Assert.False(last.StartsWith("[H", StringComparison.Ordinal), $"a page ends with a heading: {last}");
        }
    }

    private static LineFormat Format(double width) => new() { Size = 11, FirstLineStart = 0, LineStart = 0, LineEnd = width };

    private static Meeting WithTable(Table table)
    {
        var seed = SeedMeeting.Build();
        var item = seed.Items[0] with { Sections = [new Section { Kind = SectionKind.Custom, Heading = "Tabel", Content = [table] }] };
        return seed with { Items = [item] };
    }
}
