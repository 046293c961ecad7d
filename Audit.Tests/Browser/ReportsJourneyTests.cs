using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

/// <summary>The QA lead's reporting journey under the app's own Content-Security-Policy, with axe-core on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportsJourneyTests
{
    [Fact]
    public async Task QaLead_OpensTheReport_SwitchesPeriod_SeesCharts_AndDownloadsTheExcelFile()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await ReportPagesTests.SeedAsync(browser.App);
        var page = await browser.SignInAsync(scenario.QaLead, await browser.NewPageAsync(enforceCsp: true));

        await page.Locator(".govuk-service-navigation a", new() { HasText = "Reports" }).ClickAndWaitForPageAsync();
        await browser.CheckAccessibilityAsync(page);
        await page.GetByLabel("Day").First.FillAsync("1");
        await page.GetByLabel("Month").First.FillAsync("2");
        await page.GetByLabel("Year").First.FillAsync("2026");
        await page.GetByLabel("Day").Nth(1).FillAsync("28");
        await page.GetByLabel("Month").Nth(1).FillAsync("2");
        await page.GetByLabel("Year").Nth(1).FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show this period" }).ClickAndWaitForPageAsync("Period report: February 2026");
        await browser.CheckAccessibilityAsync(page);

        Assert.StartsWith("10 deep dive audits were completed in February 2026", await page.Locator("#committee-paragraph p").First.InnerTextAsync(), StringComparison.Ordinal);
        // Chart.js ran under the strict policy: the trend chart was drawn from its table.
        Assert.True(await page.EvaluateAsync<bool>("() => !!window.Chart && !!window.Chart.getChart(document.querySelector('canvas[data-chart-table]'))"), await page.DescribeAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download every table (Excel)" }).ClickAsync());
        var path = await download.PathAsync();
        using (var workbook = SpreadsheetDocument.Open(path!, false))
        {
            Assert.Contains(workbook.WorkbookPart!.Workbook.Descendants<Sheet>(), s => s.Name == "By section, weakest first");
        }

        Assert.Equal("audit-report-2026-02-01-to-2026-02-28.xlsx", download.SuggestedFilename);

        await page.GetByRole(AriaRole.Link, new() { Name = "Breakdowns" }).ClickAndWaitForPageAsync("Breakdowns: February 2026");
        await browser.CheckAccessibilityAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Moderation and calibration" }).ClickAndWaitForPageAsync("Moderation and calibration: February 2026");
        await browser.CheckAccessibilityAsync(page);

        // The period picker's errors are accessible too.
        await page.GetByLabel("Month").Nth(1).FillAsync("13");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show this period" }).ClickAndWaitForPageAsync("Moderation and calibration");
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync(), await page.DescribeAsync());
        await browser.CheckAccessibilityAsync(page);

        browser.AssertNoAccessibilityViolations();
    }
}
