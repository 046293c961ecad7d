using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port with Debian's Chromium driven by Playwright (never a downloaded browser), and
/// axe-core from the repository's npm packages for accessibility checks. When Chromium is missing the test is
/// skipped on a person's machine but fails under CI=true.
/// <para>
/// Every person gets a browser context of their own, recorded by Playwright tracing; when a test in the
/// <see cref="BrowserCollection"/> fails, each person's trace and screenshot and the app's log are kept in
/// <c>TestResults/traces</c> (see <see cref="FailureEvidence"/>).
/// </para>
/// <code>
/// await using var browser = await BrowserSession.StartAsync();
/// var scenario = await AuditScenario.CreateAsync(browser.App);
/// var auditor = await browser.SignInAsync(scenario.Auditor);                  // their own context, on My work
/// await browser.GoToAsync($"/audits/{scenario.AuditId}", auditor);
/// await auditor.GetByRole(AriaRole.Button, new() { Name = "Start audit" }).ClickAndWaitForPageAsync("Start this audit");
/// </code>
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long a page may take on a loaded CI machine before the test fails (saying what the page shows).</summary>
    public static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(90);

    private static readonly string AxeScript = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");

    private readonly CapturingLoggerProvider logs;
    private readonly List<Person> people = [];
    private IPlaywright? playwright;
    private IBrowser? browser;
    private bool disposed;

    private BrowserSession(AuditAppFactory app, string baseUrl, CapturingLoggerProvider logs)
    {
        App = app;
        BaseUrl = baseUrl;
        this.logs = logs;
    }

    public AuditAppFactory App { get; }
    public string BaseUrl { get; }

    /// <summary>A first browser context, for a test with one person (or none signed in).</summary>
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
        var logs = new CapturingLoggerProvider();
        var app = new AuditAppFactory()
            .With("Audit:RequireHttps", "false")
            .With("Audit:BaseUrl", baseUrl)
            .WithLogs(logs);
        configure?.Invoke(app);
        app.UseKestrel(port);
        app.StartServer();

        var session = new BrowserSession(app, baseUrl, logs);
        session.playwright = await Playwright.CreateAsync();
        session.browser = await session.playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Playwright's 30 s default for starting Chromium is not enough when every core is busy.
            Timeout = (float)PageTimeout.TotalMilliseconds,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        session.Page = await session.NewPageAsync();
        return session;
    }

    /// <summary>A separate browser context: another person with their own cookies, recorded by its own trace.</summary>
    /// <param name="enforceCsp">
    /// Keep the app's Content-Security-Policy in force, for pages whose scripts must work under it. axe is then
    /// added to every document through the browser's own init scripts, which the policy does not govern.
    /// </param>
    /// <param name="person">Who uses it, to name their trace; <see cref="SignInAsync(TestStaff, IPage?, bool, string)"/> sets it.</param>
    public async Task<IPage> NewPageAsync(bool enforceCsp = false, string? person = null)
    {
        // axe is injected as a script; the app's CSP would rightly block that, so the test context bypasses it
        // unless asked to enforce it.
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, BypassCSP = !enforceCsp, Locale = "en-GB" });
        // CI runs the whole suite on two shared cores: allow slow page loads rather than fail on them.
        context.SetDefaultTimeout((float)PageTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)PageTimeout.TotalMilliseconds);
        if (enforceCsp)
        {
            await context.AddInitScriptAsync(scriptPath: AxeScript);
        }

        var who = new Person(context, people.Count + 1) { Name = person };
        people.Add(who);
        ListenTo(who);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true, Title = $"{FailureEvidence.TestFileName()} ({who.Label})" });
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
        if (disposed)
        {
            return;
        }

        disposed = true;
        await SaveEvidenceAsync();
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Names whose context a page belongs to, for its trace and the log.</summary>
    private void Name(IPage page, string person)
    {
        if (people.Find(p => p.Context == page.Context) is { } who)
        {
            who.Name = person;
        }
    }

    /// <summary>The browser's side of the log: what it reported (console errors, script errors, failed requests, error statuses).</summary>
    private void ListenTo(Person who)
    {
        var log = logs.CreateLogger($"Browser {who.Number}");
        who.Context.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                log.LogWarning("{Person} console {Type}: {Text}", who.Label, message.Type, message.Text);
            }
        };
        who.Context.WebError += (_, error) => log.LogError("{Person} script error: {Error}", who.Label, error.Error);
        who.Context.RequestFailed += (_, request) => log.LogWarning("{Person} request failed: {Method} {Url} {Failure}", who.Label, request.Method, request.Url, request.Failure);
        who.Context.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                log.LogWarning("{Person} received {Status} for {Method} {Url}", who.Label, response.Status, response.Request.Method, response.Url);
            }
        };
        who.Context.Page += (_, page) => page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                log.LogInformation("{Person} is on {Url}", who.Label, frame.Url);
            }
        };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>One person's browser context.</summary>
    private sealed class Person(IBrowserContext context, int number)
    {
        public IBrowserContext Context { get; } = context;
        public int Number { get; } = number;
        public string? Name { get; set; }
        public string Label => Name ?? $"browser {Number}";
    }
}
