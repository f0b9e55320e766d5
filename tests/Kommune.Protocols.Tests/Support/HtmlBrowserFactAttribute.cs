namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// A fact that runs only when headless Chromium and the npm axe-core of the browser tooling
/// folder are installed; otherwise it is skipped with a message saying how to install them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HtmlBrowserFactAttribute : FactAttribute
{
    public HtmlBrowserFactAttribute(params string[] tools)
    {
        var missing = new List<string>();
        if (HtmlBrowser.ChromiumPath is null)
        {
            missing.Add("chromium");
        }

        if (!File.Exists(HtmlBrowser.AxeScriptPath))
        {
            missing.Add("axe-core");
        }

        missing.AddRange(tools.Where(t => ExternalTools.Find(t) is null));
        if (missing.Count > 0)
        {
            Skip = $"Not installed: {string.Join(", ", missing)}. Install with: apt-get install -y --no-install-recommends chromium poppler-utils && npm ci --prefix tests/Kommune.Protocols.Tests/Browser";
        }
    }
}
