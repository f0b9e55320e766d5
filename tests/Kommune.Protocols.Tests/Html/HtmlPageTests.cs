using System.Text.RegularExpressions;
using CsCheck;
using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Paper;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Html;

/// <summary>What the page is made of: the frame, the language, the outline, the header, lists and tables, and nothing that runs or loads.</summary>
public partial class HtmlPageTests
{
    // The seed in its own municipality's style (every item on a new page), as the real paper was.
    private static readonly string Seed = HtmlWriter.WriteToString(SeedMeeting.Build(), new HtmlOptions { Style = SeedMeeting.Style });

    [Fact]
    public void The_page_is_a_self_contained_html5_document_in_the_papers_language()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"da-DK\">\n<head>\n<meta charset=\"utf-8\">\n", Seed, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", Seed, StringComparison.Ordinal);
        Assert.Contains("<title>Beslutningsprotokol – Direktionen 5. marts 2025</title>", Seed, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Norddjurs Kommune, Direktionen\">", Seed, StringComparison.Ordinal);
        Assert.EndsWith("</main>\n</body>\n</html>\n", Seed, StringComparison.Ordinal);

        var english = HtmlWriter.WriteToString(SeedMeeting.Build(), new HtmlOptions { Language = Language.English });
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Minutes</h1>", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_runs_and_nothing_is_loaded()
    {
        foreach (var page in new[] { Seed, HtmlWriter.WriteToString(SeedMeeting.Build(), new HtmlOptions { IncludeStylesheet = false }) })
        {
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(ResourceReference(), page);
        }

        Assert.Contains("content=\"default-src 'none'; style-src 'sha256-", Seed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_allows_exactly_the_inline_stylesheet()
    {
        var style = Regex.Match(Seed, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(style)));

        Assert.StartsWith(HtmlWriter.Stylesheet, style, StringComparison.Ordinal);
        Assert.Contains($"style-src 'sha256-{hash}'", Seed, StringComparison.Ordinal);
        Assert.Contains("@bottom-right{content:\"Side \" counter(page) \" af \" counter(pages)", style, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_stylesheet_the_page_is_plain_html_and_scripts_are_still_refused()
    {
        var page = HtmlWriter.WriteToString(SeedMeeting.Build(), new HtmlOptions { IncludeStylesheet = false, Style = SeedMeeting.Style });

        Assert.DoesNotContain("<style", page, StringComparison.Ordinal);
        Assert.Contains("content=\"script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\"", page, StringComparison.Ordinal);
        Assert.Equal(Body(Seed), Body(page));

        static string Body(string html) => html[html.IndexOf("<body", StringComparison.Ordinal)..];
    }

    [Fact]
    public void One_h1_and_headings_in_order_over_generated_meetings()
    {
        Gen.Select(ModelGen.Meeting.Select(XmlSafe.Clean), Gen.Bool).Sample(
            (meeting, agenda) =>
            {
                var page = HtmlWriter.WriteToString(meeting, new HtmlOptions { Paper = agenda ? PaperKind.Agenda : PaperKind.Protocol });
                var levels = HeadingTag().Matches(page).Select(m => m.Groups[1].Value[0] - '0').ToList();
                Assert.Equal(1, levels.Count(l => l == 1));
                Assert.Equal(1, levels[0]);
                Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
                Assert.Single(Regex.Matches(page, "<main>"));
            },
            iter: 200,
            seed: "3hHt1mLk0v9b");
    }

    [Fact]
    public void The_header_names_the_body_and_date_and_a_draft_says_so()
    {
        Assert.Contains("<header class=\"kp-header\">\n<p class=\"kp-cols\"><span>Direktionen</span>\t<span>5. marts 2025</span></p>\n</header>", Seed, StringComparison.Ordinal);
        Assert.DoesNotContain("UDKAST", Seed, StringComparison.Ordinal);

        var draft = HtmlWriter.WriteToString(SeedMeeting.Build() with { Stage = DocumentStage.Protocol });
        Assert.Contains("<span>5. marts 2025</span></p>\n<p class=\"kp-draft\">UDKAST</p>\n</header>", draft, StringComparison.Ordinal);
        Assert.Contains("@top-center{content:\"UDKAST\"", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_are_articles_labelled_by_headings_with_their_anchors()
    {
        Assert.Contains("<article class=\"kp-item\" aria-labelledby=\"punkt-4\">\n<h2 id=\"punkt-4\" class=\"kp-break\">4. Foreløbigt regnskab 2024</h2>\n<p class=\"kp-meta kp-cols\"><span>00.32.10.S00 24/5333</span>\t<span><strong>Lukket sag</strong></span></p>\n</article>", Seed, StringComparison.Ordinal);
        Assert.Contains("<span><strong>Åben sag</strong></span>", Seed, StringComparison.Ordinal);

        // Continuous house style: no page breaks.
        var continuous = HtmlWriter.WriteToString(SeedMeeting.Build(), new HtmlOptions { Style = SeedMeeting.Style with { ItemPerPage = false } });
        Assert.DoesNotContain("kp-break", continuous[continuous.IndexOf("<body", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_item_number_still_gives_unique_ids()
    {
        var seed = SeedMeeting.Build();
        var meeting = seed with { Items = [.. seed.Items, seed.Items[0] with { Title = "Igen" }, seed.Items[0] with { Title = "Og igen" }] };
        var page = HtmlWriter.WriteToString(meeting, new HtmlOptions { Style = SeedMeeting.Style });

        var ids = Regex.Matches(page, " id=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Contains("<article class=\"kp-item\" aria-labelledby=\"punkt-1-3\">\n<h2 id=\"punkt-1-3\" class=\"kp-break\">1. Og igen</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_tables_fields_and_line_breaks_are_real_html()
    {
        Assert.Contains("<ol>\n<li>Tager orienteringen til efterretning.</li>\n<li>Drøfter den foreslåede organisering og mandat for BI-udvalget.</li>\n</ol>", Seed, StringComparison.Ordinal);
        Assert.Contains("<ul>\n<li>Arbejdsmarkedsudvalgsmøde d. 27. februar</li>", Seed, StringComparison.Ordinal);
        Assert.Contains("<dl class=\"kp-fields\">\n<div><dt><strong>Dato</strong></dt><dd>5. marts 2025</dd></div>\n<div><dt><strong>Tidspunkt</strong></dt><dd>kl. 9.00-11.45</dd></div>\n</dl>", Seed, StringComparison.Ordinal);
        Assert.Contains("<table class=\"kp-table kp-contents\">\n<thead>\n<tr><th scope=\"col\">Nr.</th><th scope=\"col\">Punkt</th><th scope=\"col\">Adgang</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td>", Seed, StringComparison.Ordinal);
        Assert.Contains("<table class=\"kp-table kp-time-plan\">\n<caption>Tidsplan</caption>\n<thead>", Seed, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"kp-attachments\">\n<li><span>1</span>\t<span>Åben</span>\t<span>Baggrund for BI-Udvalg</span>\t<span>29031/25</span></li>", Seed, StringComparison.Ordinal);

        var seed = SeedMeeting.Build();
        var meeting = seed with { Location = "Rådhuset\nMødelokale 1\r\nStuen\rTil venstre" };
        Assert.Contains("<dd>Rådhuset<br>Mødelokale 1<br>Stuen<br>Til venstre</dd>", HtmlWriter.WriteToString(meeting), StringComparison.Ordinal);
    }

    [Fact]
    public void Short_table_rows_are_padded_and_long_ones_keep_every_cell()
    {
        var seed = SeedMeeting.Build();
        var table = new Table
        {
            HasHeaderRow = true,
            Rows =
            [
                new TableRow { Cells = [TableCell.Of("A"), TableCell.Of("B"), TableCell.Of("C")] },
                new TableRow { Cells = [TableCell.Of("1")] },
            ],
        };
        var items = seed.Items.ToList();
        items[0] = items[0] with { Sections = [new Section { Kind = SectionKind.CaseDescription, Content = [table] }] };
        var page = HtmlWriter.WriteToString(seed with { Items = [.. items] });

        Assert.Contains("<tr><th scope=\"col\">A</th><th scope=\"col\">B</th><th scope=\"col\">C</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td><td></td><td></td></tr>", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h([1-6])[ >]")]
    private static partial Regex HeadingTag();

    /// <summary>Anything a browser would fetch: a source, a link, a CSS URL or import.</summary>
    [GeneratedRegex(@"\s(src|href|srcset|poster|data|action)=|url\(|@import|<link|<iframe|<object|<embed|<img", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceReference();
}
