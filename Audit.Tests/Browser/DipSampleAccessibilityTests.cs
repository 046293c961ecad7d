using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

/// <summary>The thematic dip sample pages — starting one (with its errors), the list and a batch's report — checked by axe-core under the app's CSP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DipSampleAccessibilityTests
{
    [Fact]
    public async Task QaLead_StartsADipSample_AndReadsItsReport_WithNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var (scenario, batchId) = await DipSampleReportTests.SeedAsync(browser.App);
        var cycleId = await browser.App.DbAsync(db => db.DipSampleBatches.Select(b => b.AuditCycleId).SingleAsync());
        var page = await browser.SignInAsync(scenario.QaLead, await browser.NewPageAsync(enforceCsp: true));

        await browser.GoToAsync($"/admin/programme/{cycleId}/dip-samples/new", page);
        await browser.CheckAccessibilityAsync(page);
        await page.GetByLabel("Sample cases at random now").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the thematic dip sample" }).ClickAndWaitForPageAsync("Start a thematic dip sample");
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync(), await page.DescribeAsync());
        await browser.CheckAccessibilityAsync(page);

        await browser.GoToAsync("/reports/dip-samples", page);
        await browser.CheckAccessibilityAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Voice of the child, March 2026" }).ClickAndWaitForPageAsync("Voice of the child, March 2026");
        await browser.CheckAccessibilityAsync(page);
        Assert.Contains("3 were completed", await page.Locator("#batch-paragraph").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"/reports/dip-samples/{batchId}", page.Url, StringComparison.Ordinal);

        browser.AssertNoAccessibilityViolations();
    }
}
