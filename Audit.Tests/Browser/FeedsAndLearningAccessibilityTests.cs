using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Reports;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

/// <summary>The feed token pages and the good practice and themes reports, each checked by axe-core under the app's CSP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedsAndLearningAccessibilityTests
{
    [Fact]
    public async Task QaLead_IssuesAndRevokesAToken_AndReadsTheLearningPages_WithNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await ReportPagesTests.SeedAsync(browser.App);
        var page = await browser.SignInAsync(scenario.QaLead, await browser.NewPageAsync(enforceCsp: true));

        await browser.GoToAsync("/admin/tokens", page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Issue a token" }).ClickAndWaitForPageAsync("Issue a token");
        await browser.CheckAccessibilityAsync(page);
        await page.GetByLabel("Name").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue token" }).ClickAndWaitForPageAsync("Issue a token");
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync(), await page.DescribeAsync());
        await browser.CheckAccessibilityAsync(page);

        await page.GetByLabel("Who the token is for").SelectOptionAsync(new SelectOptionValue { Label = scenario.ServiceManager.FullName });
        await page.GetByLabel("Name").FillAsync("Power BI board pack");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue token" }).ClickAndWaitForPageAsync("Token issued");
        await browser.CheckAccessibilityAsync(page);
        Assert.StartsWith("audit_", await page.Locator("#token").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to feed access tokens" }).Last.ClickAndWaitForPageAsync("Feed access tokens");
        await browser.CheckAccessibilityAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Revoke Power BI board pack" }).ClickAndWaitForPageAsync($"Revoke ‘Power BI board pack’ for {scenario.ServiceManager.FullName}?");
        await browser.CheckAccessibilityAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke token" }).ClickAndWaitForPageAsync("Feed access tokens");
        await browser.CheckAccessibilityAsync(page);
        Assert.Equal("Revoked", (await page.Locator("#tokens .govuk-tag").InnerTextAsync()).Trim());

        await browser.GoToAsync($"/reports/good-practice?{ReportPagesTests.February2026}", page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Themes", Exact = true }).ClickAndWaitForPageAsync("Themes: February 2026");
        await browser.CheckAccessibilityAsync(page);

        browser.AssertNoAccessibilityViolations();
    }
}
