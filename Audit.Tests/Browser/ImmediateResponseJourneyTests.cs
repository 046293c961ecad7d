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
        var reference = $"AUD-{scenario.AuditId:D6}";

        // The auditor raises it from the audit page.
        var page = await browser.SignInAsync(scenario.Auditor);
        await browser.GoToAsync($"/audits/{scenario.AuditId}", page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise an immediate response" }).ClickAndWaitForPageAsync("Raise an immediate response");
        await browser.CheckAccessibilityAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise immediate response" }).ClickAndWaitForPageAsync("Raise an immediate response");
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync(), await page.DescribeAsync());
        await browser.CheckAccessibilityAsync(page);
        await page.GetByLabel("What is the risk to the child?").FillAsync("Bruising seen at the home visit, no safety plan");
        await page.GetByLabel("What needs to happen now?").FillAsync("Strategy discussion today");
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise immediate response" }).ClickAndWaitForPageAsync($"{reference} Allocated");
        Assert.Equal("You have raised an immediate response. Toni Manager (team manager) and Sasha Manager (service manager) have been told", await page.SuccessBannerAsync());
        Assert.True(await page.Locator("#ir-banner").IsVisibleAsync());
        await browser.CheckAccessibilityAsync(page);

        // The team manager, in their own browser, finds it at the top of My work, opens it and acknowledges it.
        var managerPage = await browser.SignInAsync(scenario.TeamManager);
        var first = managerPage.Locator("#inbox tbody tr").First;
        Assert.Equal($"Acknowledge immediate response on audit {reference}", (await first.Locator("a").InnerTextAsync()).Trim());
        Assert.Equal("Urgent", (await first.Locator(".govuk-tag--red").InnerTextAsync()).Trim());
        await first.Locator("a").ClickAndWaitForPageAsync("Immediate response Awaiting acknowledgement");
        Assert.Equal("Bruising seen at the home visit, no safety plan", (await managerPage.Locator("#ir-risk").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(managerPage);
        await managerPage.GetByLabel("What have you done in response?").FillAsync("Visited today; the child is safe with her grandmother");
        await managerPage.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAndWaitForPageAsync("Immediate response Awaiting acknowledgement");
        Assert.Equal("You have acknowledged the immediate response", await managerPage.SuccessBannerAsync());
        Assert.Equal(0, await managerPage.Locator("#acknowledge-form").CountAsync());
        await browser.CheckAccessibilityAsync(managerPage);
        await browser.GoToAsync($"/audits/{scenario.AuditId}", managerPage);

        browser.AssertNoAccessibilityViolations();
    }
}
