using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;

namespace Audit.Tests.Browser;

/// <summary>
/// The owner completes an action from their actions list, the auditor confirms it and the audit closes; every
/// actions page, and a form showing its errors, is checked by axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActionsJourneyTests
{
    [Fact]
    public async Task OwnerCompletes_AuditorConfirms_AndEveryActionsPageIsAccessible()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        await scenario.ToStateAsync(AuditState.ActionsOutstanding);
        var actionId = (await scenario.AuditAsync()).Actions.Single().Id;

        var owner = await browser.SignInAsync(scenario.TeamManager);
        await browser.GoToAsync("/actions", owner);
        await owner.Locator($"#actions-table tr[data-action-id='{actionId}'] a").ClickAndWaitForPageAsync("Action");
        await browser.CheckAccessibilityAsync(owner);
        await browser.GoToAsync($"/actions/{actionId}/progress", owner);
        await browser.GoToAsync($"/actions/{actionId}/complete", owner);
        await owner.Locator("main form button[type=submit]").ClickAndWaitForPageAsync("Mark the action as complete");
        Assert.True(await owner.Locator(".govuk-error-summary").IsVisibleAsync(), await owner.DescribeAsync());
        await browser.CheckAccessibilityAsync(owner);
        await owner.FillAsync("#Input_Evidence", "Plan updated at the review");
        await owner.Locator("main form button[type=submit]").ClickAndWaitForPageAsync("Action");
        Assert.Equal("Awaiting confirmation", (await owner.Locator("#action-status").TextContentAsync())?.Trim());

        var auditor = await browser.SignInAsync(scenario.Auditor);
        await browser.GoToAsync("/actions?view=ToConfirm", auditor);
        await browser.GoToAsync($"/actions/{actionId}/reopen", auditor);
        await browser.GoToAsync($"/actions/{actionId}/change", auditor);
        await browser.GoToAsync($"/actions/{actionId}/confirm", auditor);
        await auditor.Locator("main form button[type=submit]").ClickAndWaitForPageAsync("Action");
        Assert.Equal("Confirmed", (await auditor.Locator("#action-status").TextContentAsync())?.Trim());

        var lead = await browser.SignInAsync(scenario.QaLead);
        await browser.GoToAsync("/actions?view=All&status=Confirmed", lead);
        await browser.GoToAsync("/actions/owners", lead);

        browser.AssertNoAccessibilityViolations();
    }

    [Fact]
    public async Task QaLead_ClosesAnAuditWithAReason_OnAnAccessiblePage()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        await scenario.ToStateAsync(AuditState.ActionsOutstanding);

        var lead = await browser.SignInAsync(scenario.QaLead);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/close", lead);
        await lead.Locator("main form button[type=submit]").ClickAndWaitForPageAsync("Close the audit");
        await browser.CheckAccessibilityAsync(lead);
        await lead.FillAsync("#Input_Reason", "Case closed in the case system");
        await lead.Locator("main form button[type=submit]").ClickAndWaitForPageAsync();

        Assert.Equal("You have closed the audit", await lead.SuccessBannerAsync());
        browser.AssertNoAccessibilityViolations();
    }
}
