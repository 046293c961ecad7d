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
        var page = browser.Page;

        // The QA lead signs in with their authenticator code.
        await SignInAsync(browser, page, scenario.QaLead);
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(AppClient.Totp(scenario.QaLead.AuthenticatorKey!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/");
        await browser.CheckAccessibilityAsync();

        // Add a case.
        await browser.GoToAsync("/admin/cases");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a case" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/cases/add");
        await browser.CheckAccessibilityAsync();
        await page.GetByLabel("Case reference").FillAsync("LCS-271828");
        await page.GetByLabel("Child in need").CheckAsync();
        await page.GetByLabel("Team").SelectOptionAsync(scenario.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Practitioner").SelectOptionAsync(scenario.Practitioner.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add case" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-notification-banner--success");
        Assert.Equal("LCS-271828", await page.Locator("h1").InnerTextAsync());
        await browser.CheckAccessibilityAsync();

        // Allocate it, leaving the due date to the default.
        await page.GetByRole(AriaRole.Link, new() { Name = "Allocate an audit" }).ClickAsync();
        await page.WaitForURLAsync("**/allocate");
        await browser.CheckAccessibilityAsync();
        await page.GetByLabel("Auditor").SelectOptionAsync(scenario.OtherAuditor.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate audit" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-notification-banner--success");
        var banner = await page.Locator(".govuk-notification-banner__heading").InnerTextAsync();
        Assert.Matches(@"^Audit AUD-\d{6} allocated to Olly Auditor$", banner);
        await browser.CheckAccessibilityAsync();
        await browser.GoToAsync("/admin/audits");

        // The auditor signs in and finds it waiting.
        var auditorPage = await browser.NewPageAsync();
        await SignInAsync(browser, auditorPage, scenario.OtherAuditor);
        await auditorPage.WaitForURLAsync(browser.BaseUrl + "/");
        var reference = banner.Split(' ')[1];
        Assert.Equal($"Start audit {reference}", await auditorPage.Locator("#inbox a.govuk-link").InnerTextAsync());
        Assert.Equal("My work (1)", await auditorPage.Locator(".govuk-service-navigation__link").First.InnerTextAsync());
        await browser.CheckAccessibilityAsync(auditorPage);
        await browser.GoToAsync("/audits", auditorPage);

        browser.AssertNoAccessibilityViolations();
    }

    private static async Task SignInAsync(BrowserSession browser, IPage page, TestStaff staff)
    {
        await browser.GoToAsync("/account/sign-in", page);
        await page.GetByLabel("Email address").FillAsync(staff.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(staff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
