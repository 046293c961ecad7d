using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ImmediateResponseJourneyTests
{
    [Fact]
    public async Task Auditor_RaisesAnImmediateResponse_AndTheTeamManagerFindsItFirstInMyWork_AndAcknowledgesIt()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        var page = browser.Page;

        // The auditor raises it from the audit page.
        await SignInAsync(browser, page, scenario.Auditor);
        await browser.GoToAsync($"/audits/{scenario.AuditId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise an immediate response" }).ClickAsync();
        await page.WaitForURLAsync($"**/audits/{scenario.AuditId}/immediate-responses/raise");
        await browser.CheckAccessibilityAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise immediate response" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");
        await browser.CheckAccessibilityAsync();
        await page.GetByLabel("What is the risk to the child?").FillAsync("Bruising seen at the home visit, no safety plan");
        await page.GetByLabel("What needs to happen now?").FillAsync("Strategy discussion today");
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise immediate response" }).ClickAsync();
        await page.WaitForURLAsync($"**/audits/{scenario.AuditId}");
        Assert.Equal("You have raised an immediate response. Toni Manager (team manager) and Sasha Manager (service manager) have been told",
            (await page.Locator(".govuk-notification-banner--success .govuk-notification-banner__heading").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("#ir-banner").IsVisibleAsync());
        await browser.CheckAccessibilityAsync();

        // The team manager finds it at the top of My work, opens it and acknowledges it.
        var managerPage = await browser.NewPageAsync();
        await SignInAsync(browser, managerPage, scenario.TeamManager);
        var first = managerPage.Locator("#inbox tbody tr").First;
        Assert.Equal($"Acknowledge immediate response on audit AUD-{scenario.AuditId:D6}", (await first.Locator("a").InnerTextAsync()).Trim());
        Assert.Equal("Urgent", (await first.Locator(".govuk-tag--red").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(managerPage);
        await first.Locator("a").ClickAsync();
        await managerPage.WaitForURLAsync($"**/audits/{scenario.AuditId}/immediate-responses/*");
        Assert.Equal("Bruising seen at the home visit, no safety plan", (await managerPage.Locator("#ir-risk").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(managerPage);
        await managerPage.GetByLabel("What have you done in response?").FillAsync("Visited today; the child is safe with her grandmother");
        await managerPage.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await managerPage.WaitForSelectorAsync(".govuk-notification-banner--success");
        Assert.Equal("You have acknowledged the immediate response",
            (await managerPage.Locator(".govuk-notification-banner--success .govuk-notification-banner__heading").InnerTextAsync()).Trim());
        Assert.Equal(0, await managerPage.Locator("#acknowledge-form").CountAsync());
        await browser.CheckAccessibilityAsync(managerPage);
        await browser.GoToAsync($"/audits/{scenario.AuditId}", managerPage);

        browser.AssertNoAccessibilityViolations();
    }

    private static async Task SignInAsync(BrowserSession browser, IPage page, TestStaff staff)
    {
        await browser.GoToAsync("/account/sign-in", page);
        await page.GetByLabel("Email address").FillAsync(staff.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(staff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/");
    }
}
