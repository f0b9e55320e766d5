using PuppeteerSharp;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// Debian's headless Chromium driven over the DevTools protocol (PuppeteerSharp), each start with
/// its own fresh profile folder (deleted on dispose) and a time limit on every step. The flags
/// keep a browser running as root in a closed network from trying to reach anything.
/// </summary>
public sealed class HtmlBrowser : IAsyncDisposable
{
    /// <summary>The limit for starting the browser and for each step in it.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--font-render-hinting=none",
    ];

    private readonly DirectoryInfo folder;
    private readonly IBrowser browser;

    private HtmlBrowser(DirectoryInfo folder, IBrowser browser)
    {
        this.folder = folder;
        this.browser = browser;
    }

    /// <summary>The browser: <c>KOMMUNE_CHROMIUM</c> when set, else <c>chromium</c> or <c>chromium-browser</c> on PATH.</summary>
    public static string? ChromiumPath =>
        Environment.GetEnvironmentVariable("KOMMUNE_CHROMIUM") is { Length: > 0 } set && File.Exists(set)
            ? set
            : ExternalTools.Find("chromium") ?? ExternalTools.Find("chromium-browser");

    /// <summary>axe-core as <c>npm ci</c> installs it in the browser tooling folder.</summary>
    public static string AxeScriptPath => Path.Combine(RepoPaths.TestProject(), "Browser", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Where screenshots and printed PDFs go: beside the test binaries.</summary>
    public static string OutputFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "html-browser")).FullName;

    public static async Task<HtmlBrowser> LaunchAsync()
    {
        var folder = Directory.CreateTempSubdirectory("kommune-chromium-");
        try
        {
            var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = ChromiumPath ?? throw new InvalidOperationException("No chromium."),
                Headless = true,
                Args = Flags,
                UserDataDir = Path.Combine(folder.FullName, "profile"),
                Timeout = (int)StepTimeout.TotalMilliseconds,
                ProtocolTimeout = (int)StepTimeout.TotalMilliseconds,
            }).WaitAsync(StepTimeout);
            return new HtmlBrowser(folder, browser);
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Opens <paramref name="html"/> from a file (as a saved page is opened), at the given viewport width.</summary>
    public async Task<HtmlBrowserPage> OpenAsync(string html, int width = 1024)
    {
        var file = Path.Combine(folder.FullName, $"page-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html, new System.Text.UTF8Encoding(false));
        var page = await browser.NewPageAsync().WaitAsync(StepTimeout);
        page.DefaultTimeout = (int)StepTimeout.TotalMilliseconds;
        var loaded = new HtmlBrowserPage(page);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        await page.GoToAsync(new Uri(file).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }).WaitAsync(StepTimeout);
        return loaded;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await browser.CloseAsync().WaitAsync(StepTimeout);
        }
        catch (TimeoutException)
        {
            browser.Process?.Kill(entireProcessTree: true);
        }
        finally
        {
            await browser.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }
}
