using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

/// <summary>
/// Grading a supervision audit, judged met / not met against the standard: the task list, a section (empty and with
/// its error), the overall judgement and the check answers page; and the QA lead choosing a new version's scale. Each
/// page is checked by axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MetNotMetGradingAccessibilityTests
{
    private const int SupervisionVersionId = 3;

    [Fact]
    public async Task GradingAMetNotMetTool_HasNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        await scenario.StartAsync();
        await browser.App.DbAsync(db => db.CaseAudits.Where(a => a.Id == scenario.AuditId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.ToolVersionId, SupervisionVersionId).SetProperty(a => a.ToolKind, ToolKind.Supervision)));
        var sectionId = await browser.App.DbAsync(db => db.ToolSections.Where(s => s.AuditToolVersionId == SupervisionVersionId && s.IsGraded)
            .OrderBy(s => s.Position).Select(s => s.Id).FirstAsync());
        var page = await browser.SignInAsync(scenario.Auditor);

        await browser.GoToAsync($"/audits/{scenario.AuditId}/record", page);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/record/sections/{sectionId}", page);
        Assert.Equal(["Met the standard", "Did not meet the standard"],
            (await page.Locator(".govuk-radios__label").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal("Did this meet the standard?", (await page.Locator("legend").First.TextContentAsync())?.Trim());
        Assert.Equal("Evidence for this judgement", (await page.Locator("label[for=Input_Evidence]").TextContentAsync())?.Trim());

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAndWaitForPageAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync(), await page.DescribeAsync());
        await browser.CheckAccessibilityAsync(page);

        await scenario.AnswerEverySectionAsync(Grade.Met);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/record/overall", page);
        Assert.Contains("meet the standard", await page.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/record/check", page);
        browser.AssertNoAccessibilityViolations();
    }

    [Fact]
    public async Task ChoosingANewVersionsScale_HasNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        var page = await browser.SignInAsync(scenario.QaLead);

        await browser.GoToAsync("/admin/tools/1", page);
        await page.GetByLabel("Met or not met against a standard").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a new draft" }).ClickAndWaitForPageAsync();

        Assert.Equal("Met or not met against the standard", (await page.Locator("[data-detail=scale]").TextContentAsync())?.Trim());
        await browser.CheckAccessibilityAsync(page);
        browser.AssertNoAccessibilityViolations();
    }
}
