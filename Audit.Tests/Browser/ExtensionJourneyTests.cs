using System.Globalization;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

/// <summary>
/// The auditor asks for more time (first with nothing filled in, so the errors show), a QA lead declines once without
/// a reason and then approves; axe-core checks every page on the way, errors showing included.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExtensionJourneyTests
{
    [Fact]
    public async Task Auditor_AsksForMoreTime_AndTheQaLeadApproves_WithNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        var asked = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        var reference = $"AUD-{scenario.AuditId:D6}";

        var auditor = await browser.SignInAsync(scenario.Auditor);
        await browser.GoToAsync($"/audits/{scenario.AuditId}", auditor);
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Ask for more time" }).ClickAndWaitForPageAsync("Ask for more time");
        await browser.CheckAccessibilityAsync(auditor);
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAndWaitForPageAsync("Ask for more time");
        Assert.Equal(2, await auditor.Locator(".govuk-error-summary li").CountAsync());
        await browser.CheckAccessibilityAsync(auditor);
        await auditor.Locator("#Input_DueDate").FillAsync(asked.Day.ToString(CultureInfo.InvariantCulture));
        await auditor.Locator("#Input_DueDate-month").FillAsync(asked.Month.ToString(CultureInfo.InvariantCulture));
        await auditor.Locator("#Input_DueDate-year").FillAsync(asked.Year.ToString(CultureInfo.InvariantCulture));
        await auditor.Locator("#Input_Reason").FillAsync("Waiting for records");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAndWaitForPageAsync($"{reference} Allocated");
        Assert.StartsWith("You have asked for more time", await auditor.SuccessBannerAsync(), StringComparison.Ordinal);
        await browser.CheckAccessibilityAsync(auditor);

        var lead = await browser.SignInAsync(scenario.QaLead, await browser.NewPageAsync());
        await lead.GetByRole(AriaRole.Link, new() { Name = $"Extension requested for {reference}" }).ClickAndWaitForPageAsync("Decide on the request for more time");
        await browser.CheckAccessibilityAsync(lead);
        await lead.GetByLabel("Decline: keep the due date").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAndWaitForPageAsync("Decide on the request for more time");
        Assert.Equal(1, await lead.Locator(".govuk-error-summary li").CountAsync());
        await browser.CheckAccessibilityAsync(lead);
        await lead.GetByLabel("Approve: move the due date to the date asked for").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAndWaitForPageAsync($"{reference} Allocated");
        Assert.Equal("You have approved the request: the due date has moved", await lead.SuccessBannerAsync());
        Assert.Equal(asked.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), (await lead.Locator("#audit-due-date").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(lead);

        browser.AssertNoAccessibilityViolations();
    }
}
