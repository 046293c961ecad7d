using System.IO.Compression;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;

namespace Audit.Tests.Browser;

/// <summary>
/// What a failed browser test leaves for whoever must explain it. The session's evidence is settled here by hand,
/// as the collection's attribute does when a test ends, so that a passing test can show both outcomes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FailureEvidenceTests : IDisposable
{
    private readonly string keptIn = Directory.CreateTempSubdirectory("audit-evidence-").FullName;

    [Fact]
    public async Task AFailedTest_KeepsEachPersonsTraceAndScreenshot_AndTheAppsLog()
    {
        var name = FailureEvidence.TestFileName();
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        var auditor = await browser.SignInAsync(scenario.Auditor);
        await browser.GoToAsync($"/audits/{scenario.AuditId}", auditor);

        await browser.DisposeAsync();
        var kept = FailureEvidence.Settle(Assert.Single(FailureEvidence.TakePending()), failed: true, keptIn);

        // browser.Page (person 1) was never used, so it leaves nothing.
        Assert.Equal([$"{name}.2-avery-auditor.png", $"{name}.2-avery-auditor.zip", $"{name}.log"], kept.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var trace = ZipFile.OpenRead(Path.Combine(keptIn, $"{name}.2-avery-auditor.zip")))
        {
            var events = trace.GetEntry("trace.trace") ?? throw new InvalidOperationException("The zip holds no Playwright trace");
            using var reader = new StreamReader(events.Open());
            Assert.Contains($"/audits/{scenario.AuditId}", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }

        Assert.True(new FileInfo(Path.Combine(keptIn, $"{name}.2-avery-auditor.png")).Length > 0);
        var log = await File.ReadAllTextAsync(Path.Combine(keptIn, $"{name}.log"));
        Assert.Contains($"Avery Auditor: {browser.BaseUrl}/audits/{scenario.AuditId} (status 200)", log, StringComparison.Ordinal);
        Assert.Contains($"Request finished HTTP/1.1 POST {browser.BaseUrl}/account/sign-in", log, StringComparison.Ordinal);
        Assert.Contains("Avery Auditor is on " + browser.BaseUrl + "/", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APassingTest_KeepsNothing()
    {
        await using var browser = await BrowserSession.StartAsync();
        await browser.GoToAsync("/account/sign-in");

        await browser.DisposeAsync();
        var pending = Assert.Single(FailureEvidence.TakePending());
        var kept = FailureEvidence.Settle(pending, failed: false, keptIn);

        Assert.Empty(kept);
        Assert.False(Directory.Exists(pending));
        Assert.Empty(Directory.EnumerateFileSystemEntries(keptIn));
    }

    public void Dispose() => Directory.Delete(keptIn, recursive: true);
}
