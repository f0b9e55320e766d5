using System.Text.Json;
using PuppeteerSharp;

namespace Kommune.Protocols.Tests.Support;

/// <summary>A page in the browser, with what it said on its console.</summary>
public sealed class HtmlBrowserPage
{
    public HtmlBrowserPage(IPage page)
    {
        Page = page;
        page.Console += (_, e) => Messages.Add($"{e.Message.Type}: {e.Message.Text}");
        page.PageError += (_, e) => Messages.Add($"error: {e.Message}");
    }

    public IPage Page { get; }

    /// <summary>Console messages and errors (a Content-Security-Policy refusal is one).</summary>
    public List<string> Messages { get; } = [];

    /// <summary>Runs axe-core with the given tags; returns the violations (one line per rule and element) and the ids of the rules that passed.</summary>
    public async Task<(List<string> Violations, List<string> Passes)> AxeAsync(params string[] tags)
    {
        // Evaluated through the DevTools protocol, which the page's script-src 'none' does not govern.
        await Page.EvaluateExpressionAsync(await File.ReadAllTextAsync(HtmlBrowser.AxeScriptPath)).WaitAsync(HtmlBrowser.StepTimeout);
        var json = await Page.EvaluateFunctionAsync<string>(
            """
            async (tags) => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
              return JSON.stringify({
                violations: result.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary}`)),
                passes: result.passes.map(p => p.id),
              });
            }
            """,
            (object)tags).WaitAsync(HtmlBrowser.StepTimeout);
        using var document = JsonDocument.Parse(json);
        return (
            document.RootElement.GetProperty("violations").EnumerateArray().Select(e => e.GetString()!).ToList(),
            document.RootElement.GetProperty("passes").EnumerateArray().Select(e => e.GetString()!).ToList());
    }
}
