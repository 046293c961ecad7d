using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

/// <summary>
/// The practice improvement manager takes an audit from the queue, moderates it section by section and agrees; a QA
/// lead looks at naming a stand-in; the assistant director co-signs. Choices are made from the keyboard (focus, Space,
/// typing, Enter), and axe-core checks every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ModerationJourneyTests
{
    [Fact]
    public async Task Moderator_TakesModeratesBySectionAndAgrees_ThenTheAssistantDirectorCoSigns_WithNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        await scenario.StartAsync();
        await scenario.AnswerEverySectionAsync(Grade.Good);
        await scenario.SubmitFormAsync();
        var reference = $"AUD-{scenario.AuditId:D6}";

        // The moderator takes the audit from the queue.
        var page = await browser.SignInAsync(scenario.Moderator);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/take", page);
        await browser.GoToAsync("/moderation", page);
        var row = page.Locator($"#queue-{scenario.AuditId}");
        Assert.Equal("Not taken", (await row.Locator(".queue-taken-by").InnerTextAsync()).Trim());
        await row.GetByRole(AriaRole.Button, new() { Name = $"Take {reference}" }).FocusAsync();
        await page.PressAndWaitForPageAsync("Enter");
        Assert.Equal($"You have taken {reference} for moderation", await page.SuccessBannerAsync());
        Assert.Equal("You", (await page.Locator($"#queue-{scenario.AuditId} .queue-taken-by").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(page);

        // From the audit page to the moderation form; saving with nothing chosen lists every problem.
        await browser.GoToAsync($"/audits/{scenario.AuditId}/release", page);
        await browser.GoToAsync($"/audits/{scenario.AuditId}", page);
        Assert.Contains("taken for moderation", await page.Locator("#stage-holder").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Moderate audit" }).FocusAsync();
        await page.PressAndWaitForPageAsync("Enter");
        Assert.Equal("Moderate the audit", await H1Async(page));
        await browser.CheckAccessibilityAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).FocusAsync();
        await page.PressAndWaitForPageAsync("Enter");
        Assert.True(await page.Locator(".govuk-error-summary li").CountAsync() > 1);
        await browser.CheckAccessibilityAsync(page);

        // Agree every section, then the overall grade, with reasons.
        var sections = await page.Locator("input[type=hidden][name$='.SectionId']").CountAsync();
        for (var i = 0; i < sections; i++)
        {
            await page.Locator($"input[name='Input.Sections[{i}].Decision'][value='Agree']").FocusAsync();
            await page.Keyboard.PressAsync("Space");
        }

        await page.Locator("input[name='Input.Outcome'][value='Agree']").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#Input_Rationale").FocusAsync();
        await page.Keyboard.TypeAsync("The evidence supports good in every section");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).FocusAsync();
        await page.PressAndWaitForPageAsync("Enter");
        Assert.Equal("You have agreed the grade", await page.SuccessBannerAsync());
        Assert.Equal("Awaiting co-sign", (await page.Locator("#audit-state").InnerTextAsync()).Trim());
        Assert.Contains("Ada Director", await page.Locator("#stage-holder").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAccessibilityAsync(page);

        // A QA lead can name a stand-in while the assistant director is away: the page passes too.
        var leadPage = await browser.SignInAsync(scenario.QaLead);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/stand-in", leadPage);
        Assert.Equal("Name a stand-in for the assistant director", await H1Async(leadPage));

        // The assistant director co-signs.
        var directorPage = await browser.SignInAsync(scenario.AssistantDirector);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/co-sign", directorPage);
        Assert.Equal("Good", (await directorPage.Locator("#final-grade").InnerTextAsync()).Trim());
        Assert.Equal(1, await directorPage.Locator("#no-grade-changes").CountAsync());
        await directorPage.Locator("input[name='Input.Decision'][value='CoSign']").FocusAsync();
        await directorPage.Keyboard.PressAsync("Space");
        await directorPage.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).FocusAsync();
        await directorPage.PressAndWaitForPageAsync("Enter");
        Assert.Equal("You have co-signed the audit", await directorPage.SuccessBannerAsync());
        Assert.Equal("Good", (await directorPage.Locator("#audit-final-grade").InnerTextAsync()).Trim());
        Assert.Equal("Good practice example", (await directorPage.Locator("#good-practice").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(directorPage);
        await browser.GoToAsync("/audits/workflow?current=Closed", directorPage);

        browser.AssertNoAccessibilityViolations();
    }

    [Fact]
    public async Task Auditor_SeesWhatModerationNeedsOnTheirTaskList_WithNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        await scenario.StartAsync();
        await scenario.AnswerEverySectionAsync(Grade.Inadequate);
        await scenario.SubmitFormAsync();
        var sections = await scenario.ModeratedSectionsAsync();
        var decisions = await scenario.AgreeingAsync(new Audit.Workflows.Moderation.SectionDecision(sections[0].SectionId,
            Audit.Workflows.Moderation.SectionDecisionKind.Missing, null, "Say who attended the core group"));
        await scenario.Expect(scenario.SendAsync(v => new Audit.Workflows.Moderation.ModerateCommand(scenario.AuditId, v,
            Audit.Workflows.Moderation.ModerationOutcome.ReturnToAuditor, null, "More evidence on the plan", decisions), scenario.Moderator));

        var page = await browser.SignInAsync(scenario.Auditor);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/record", page);

        Assert.Equal("Moderator (missing): Say who attended the core group", (await page.Locator(".moderator-note").InnerTextAsync()).Trim());
        await browser.GoToAsync($"/audits/{scenario.AuditId}", page);
        browser.AssertNoAccessibilityViolations();
    }

    private static async Task<string> H1Async(IPage page) => (await page.Locator("h1").First.InnerTextAsync()).Trim();
}
