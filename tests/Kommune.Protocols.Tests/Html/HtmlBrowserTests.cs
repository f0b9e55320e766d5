using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;
using PuppeteerSharp;

namespace Kommune.Protocols.Tests.Html;

/// <summary>
/// The seed's page in a real browser (Debian's headless Chromium): axe-core finds no WCAG 2.1 A
/// or AA violation, the strict Content-Security-Policy lets the inline stylesheet apply and
/// refuses nothing the page needs, the browser's heading outline is the paper's, and a full-page
/// screenshot (wide and phone-narrow) is written beside the test binaries to look at.
/// </summary>
public class HtmlBrowserTests
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [HtmlBrowserFact]
    public Task Seed_internal_page_passes_axe_in_chromium() => PassesAxe(MeetingEdition.Internal, "seed.internal");

    [HtmlBrowserFact]
    public Task Seed_public_page_passes_axe_in_chromium() => PassesAxe(MeetingEdition.Public, "seed.public");

    [HtmlBrowserFact]
    public async Task Axe_in_this_harness_does_find_violations_in_a_broken_page()
    {
        // The same page with its language, a header cell's scope and the title removed, and an image without text.
        var html = HtmlWriter.WriteToString(SeedMeeting.Build())
            .Replace("<html lang=\"da-DK\">", "<html>", StringComparison.Ordinal)
            .Replace("<title>", "<title hidden>", StringComparison.Ordinal)
            .Replace("Beslutningsprotokol – Direktionen 5. marts 2025</title>", "</title>", StringComparison.Ordinal)
            .Replace("<main>", "<main><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">", StringComparison.Ordinal);
        await using var browser = await HtmlBrowser.LaunchAsync();
        var page = await browser.OpenAsync(html);

        var (violations, _) = await page.AxeAsync(WcagTags);

        Assert.Contains(violations, v => v.StartsWith("html-has-lang", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("document-title", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("image-alt", StringComparison.Ordinal));
    }

    private static async Task PassesAxe(MeetingEdition edition, string name)
    {
        var seed = SeedMeeting.Build();
        var html = HtmlWriter.WriteToString(seed, new HtmlOptions { Edition = edition });
        await using var browser = await HtmlBrowser.LaunchAsync();
        var page = await browser.OpenAsync(html);

        var (violations, passes) = await page.AxeAsync(WcagTags);
        Assert.True(violations.Count == 0, "axe (WCAG 2.1 A, AA):\n" + string.Join('\n', violations));
        Assert.Subset(passes.ToHashSet(), new HashSet<string> { "html-has-lang", "html-lang-valid", "document-title", "color-contrast", "list", "listitem", "th-has-data-cells", "definition-list", "dlitem" });

        // The rules axe keeps outside WCAG (one main, headings in order, content in landmarks) hold too.
        var (bestPractice, _) = await page.AxeAsync("best-practice");
        Assert.True(bestPractice.Count == 0, "axe (best practice):\n" + string.Join('\n', bestPractice));

        // The policy refused nothing (a refused stylesheet or resource is a console error) and the stylesheet applies.
        Assert.Empty(page.Messages);
        Assert.Equal("832px", await page.Page.EvaluateExpressionAsync<string>("getComputedStyle(document.body).maxWidth"));

        // What the browser parsed: one h1, no level skipped, and the same outline as the projection shows.
        var outline = await page.Page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => h.tagName.toLowerCase() + (h.id ? '#' + h.id : '') + ': ' + h.textContent)");
        Assert.Single(outline, h => h.StartsWith("h1", StringComparison.Ordinal));
        var levels = outline.Select(h => h[1] - '0').ToList();
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
        Assert.Equal(ProjectedOutline(html), outline);
        Assert.Equal("da-DK", await page.Page.EvaluateExpressionAsync<string>("document.documentElement.lang"));
        Assert.Equal(0, await page.Page.EvaluateExpressionAsync<int>("document.scripts.length"));

        await page.Page.ScreenshotAsync(Path.Combine(HtmlBrowser.OutputFolder, name + ".png"), new ScreenshotOptions { FullPage = true });
        var narrow = await browser.OpenAsync(html, width: 390);
        Assert.Equal(0, await narrow.Page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await narrow.Page.ScreenshotAsync(Path.Combine(HtmlBrowser.OutputFolder, name + ".narrow.png"), new ScreenshotOptions { FullPage = true });
    }

    private static List<string> ProjectedOutline(string html) =>
        HtmlTextProjection.Project(html).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 2 && line[0] == 'h' && char.IsAsciiDigit(line[1]))
            .Select(line =>
            {
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                var selector = line[..colon];
                var dot = selector.IndexOf('.', StringComparison.Ordinal);
                return (dot < 0 ? selector : selector[..dot]) + line[colon..];
            })
            .ToList();
}
