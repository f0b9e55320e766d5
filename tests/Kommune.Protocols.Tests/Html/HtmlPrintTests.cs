using Kommune.Protocols.Html;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;
using PuppeteerSharp;

namespace Kommune.Protocols.Tests.Html;

/// <summary>
/// The page printed by headless Chromium (its PDF read back with <c>pdftotext</c>): every item
/// and the matter after the items start a new page (the house style's one item per page), every
/// page names the body and date and says <i>Side X af Y</i>, and a draft says <i>UDKAST</i> on every page. The PDF is kept
/// beside the test binaries.
/// </summary>
public class HtmlPrintTests
{
    [HtmlBrowserFact("pdftotext")]
    public async Task Printing_breaks_pages_before_items_and_labels_every_page()
    {
        var seed = SeedMeeting.Build();
        var pages = await PrintAsync(HtmlWriter.WriteToString(seed, new HtmlOptions { Style = SeedMeeting.Style }), "seed.internal.print");

        Assert.True(pages.Count > seed.Items.Count, $"only {pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Side {i + 1} af {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.StartsWith(Flatten("Direktionen 5. marts 2025"), Flatten(pages[i]), StringComparison.Ordinal);

            // The margin's text is a CSS string of escapes; the space after "5." must survive them.
            Assert.Contains("5. marts 2025", pages[i], StringComparison.Ordinal);
        }

        // A long heading wraps in print (and pdftotext may drop a space); compare without white space, after the margin's body and date.
        var header = Flatten("Direktionen 5. marts 2025");
        var flat = pages.Select(Flatten).Select(p => p.StartsWith(header, StringComparison.Ordinal) ? p[header.Length..] : p).ToList();
        foreach (var heading in seed.Items.Select(i => $"{i.Number}. {i.Title}").Append("Bilagsoversigt").Append("Underskriftsside"))
        {
            Assert.Contains(flat, page => page.StartsWith(Flatten(heading), StringComparison.Ordinal));
        }

        Assert.DoesNotContain(pages, p => p.Contains("UDKAST", StringComparison.Ordinal));
    }

    [HtmlBrowserFact("pdftotext")]
    public async Task A_printed_draft_says_so_on_every_page()
    {
        var draft = SeedMeeting.Build() with { Stage = DocumentStage.Protocol };
        var pages = await PrintAsync(HtmlWriter.WriteToString(draft), "seed.draft.print");

        Assert.True(pages.Count > 5);
        Assert.All(pages, page => Assert.Contains("UDKAST", page, StringComparison.Ordinal));
    }

    private static string Flatten(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The text of each printed page.</summary>
    private static async Task<List<string>> PrintAsync(string html, string name)
    {
        var pdf = Path.Combine(HtmlBrowser.OutputFolder, name + ".pdf");
        await using (var browser = await HtmlBrowser.LaunchAsync())
        {
            var page = await browser.OpenAsync(html);
            await page.Page.PdfAsync(pdf, new PdfOptions { PreferCSSPageSize = true, PrintBackground = true }).WaitAsync(HtmlBrowser.StepTimeout);
            Assert.Empty(page.Messages);
        }

        var text = Path.ChangeExtension(pdf, ".txt");
        var (code, output) = ExternalTools.Run("pdftotext", ["-enc", "UTF-8", "-layout", pdf, text], TimeSpan.FromSeconds(60));
        Assert.True(code == 0, $"pdftotext failed ({code}): {output}");
        return File.ReadAllText(text).Split('\f').Where(p => p.Trim().Length > 0).ToList();
    }
}
