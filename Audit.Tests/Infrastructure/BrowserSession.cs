using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port with Debian's Chromium driven by Playwright (never a downloaded browser), and
/// axe-core from the repository's npm packages for accessibility checks. When Chromium is missing the test is
/// skipped on a person's machine but fails under CI=true.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private static readonly string AxeScript = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");

    private IPlaywright? playwright;
    private IBrowser? browser;

    private BrowserSession(AuditAppFactory app, string baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
    }

    public AuditAppFactory App { get; }
    public string BaseUrl { get; }
    public IPage Page { get; private set; } = default!;

    /// <summary>Pages visited and the accessibility violations axe found on each (empty when all is well).</summary>
    public List<string> AccessibilityViolations { get; } = [];

    public static async Task<BrowserSession> StartAsync(Action<AuditAppFactory>? configure = null)
    {
        if (!File.Exists(ChromiumPath))
        {
            if (RepositoryPaths.IsCi)
            {
                throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; CI must install it (apt-get install -y chromium).");
            }

            Assert.Skip($"Chromium is not installed at {ChromiumPath} (apt-get install chromium to run browser tests).");
        }

        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var app = new AuditAppFactory()
            .With("Audit:RequireHttps", "false")
            .With("Audit:BaseUrl", baseUrl);
        configure?.Invoke(app);
        app.UseKestrel(port);
        app.StartServer();

        var session = new BrowserSession(app, baseUrl);
        session.playwright = await Playwright.CreateAsync();
        session.browser = await session.playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        session.Page = await session.NewPageAsync();
        return session;
    }

    /// <summary>A separate browser context: another person with their own cookies.</summary>
    /// <param name="enforceCsp">
    /// Keep the app's Content-Security-Policy in force, for pages whose scripts must work under it. axe is then
    /// added to every document through the browser's own init scripts, which the policy does not govern.
    /// </param>
    public async Task<IPage> NewPageAsync(bool enforceCsp = false)
    {
        // axe is injected as a script; the app's CSP would rightly block that, so the test context bypasses it
        // unless asked to enforce it.
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, BypassCSP = !enforceCsp, Locale = "en-GB" });
        // CI runs the whole suite on two shared cores: allow slow page loads rather than fail on them.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        if (enforceCsp)
        {
            await context.AddInitScriptAsync(scriptPath: AxeScript);
        }

        return await context.NewPageAsync();
    }

    public async Task GoToAsync(string path, IPage? page = null)
    {
        page ??= Page;
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        await CheckAccessibilityAsync(page);
    }

    /// <summary>Runs axe-core (WCAG 2.2 A and AA rules plus best practice) on the page as it is now.</summary>
    public async Task CheckAccessibilityAsync(IPage? page = null)
    {
        page ??= Page;
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        }

        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        var list = violations.EnumerateArray().Select(v => v.GetString()!).ToList();
        AccessibilityViolations.AddRange(list.Select(v => $"{new Uri(page.Url).PathAndQuery}: {v}"));
    }

    public void AssertNoAccessibilityViolations() =>
        Assert.True(AccessibilityViolations.Count == 0, "axe-core found:\n" + string.Join('\n', AccessibilityViolations));

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
