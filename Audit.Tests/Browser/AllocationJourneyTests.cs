using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AllocationJourneyTests
{
    [Fact]
    public async Task QaLead_AddsACaseAndAllocatesIt_AndTheAuditorFindsItInTheirInbox()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);

        // The QA lead signs in with their authenticator code.
        var page = await browser.SignInAsync(scenario.QaLead);

        // Add a case.
        await browser.GoToAsync("/admin/cases", page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a case" }).ClickAndWaitForPageAsync("Add a case");
        await browser.CheckAccessibilityAsync(page);
        await page.GetByLabel("Case reference").FillAsync("LCS-271828");
        await page.GetByLabel("Child in need").CheckAsync();
        await page.GetByLabel("Team").SelectOptionAsync(scenario.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Practitioner").SelectOptionAsync(scenario.Practitioner.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add case" }).ClickAndWaitForPageAsync("LCS-271828");
        Assert.Equal("Case LCS-271828 added", await page.SuccessBannerAsync());
        await browser.CheckAccessibilityAsync(page);

        // Allocate it, leaving the due date to the default.
        await page.GetByRole(AriaRole.Link, new() { Name = "Allocate an audit" }).ClickAndWaitForPageAsync("Allocate an audit");
        await browser.CheckAccessibilityAsync(page);
        await page.GetByLabel("Auditor").SelectOptionAsync(scenario.OtherAuditor.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate audit" }).ClickAndWaitForPageAsync("LCS-271828");
        var banner = await page.SuccessBannerAsync() ?? string.Empty;
        Assert.Matches(@"^Deep-dive audit AUD-\d{6} allocated to Olly Auditor$", banner);
        await browser.CheckAccessibilityAsync(page);
        await browser.GoToAsync("/admin/audits", page);

        // The auditor signs in, in their own browser, and finds it waiting.
        var auditorPage = await browser.SignInAsync(scenario.OtherAuditor);
        var reference = System.Text.RegularExpressions.Regex.Match(banner, @"AUD-\d{6}").Value;
        Assert.Equal($"Start deep-dive audit {reference}", await auditorPage.Locator("#inbox a.govuk-link").InnerTextAsync());
        Assert.Equal("My work (1)", await auditorPage.Locator(".govuk-service-navigation__link").First.InnerTextAsync());
        await browser.GoToAsync("/audits", auditorPage);

        browser.AssertNoAccessibilityViolations();
    }
}
