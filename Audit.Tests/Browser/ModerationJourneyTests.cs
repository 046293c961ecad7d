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
        var page = browser.Page;

        // The moderator takes the audit from the queue.
        await SignInAsync(browser, page, scenario.Moderator);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/take", page);
        await browser.GoToAsync("/moderation", page);
        var row = page.Locator($"#queue-{scenario.AuditId}");
        Assert.Equal("Not taken", (await row.Locator(".queue-taken-by").InnerTextAsync()).Trim());
        await row.GetByRole(AriaRole.Button, new() { Name = $"Take {reference}" }).FocusAsync();
        await PressAndWaitAsync(page, "Enter");
        Assert.Equal($"You have taken {reference} for moderation", await BannerAsync(page));
        Assert.Equal("You", (await page.Locator($"#queue-{scenario.AuditId} .queue-taken-by").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(page);

        // From the audit page to the moderation form; saving with nothing chosen lists every problem.
        await browser.GoToAsync($"/audits/{scenario.AuditId}/release", page);
        await browser.GoToAsync($"/audits/{scenario.AuditId}", page);
        Assert.Contains("taken for moderation", await page.Locator("#stage-holder").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Moderate audit" }).FocusAsync();
        await PressAndWaitAsync(page, "Enter");
        Assert.Equal("Moderate the audit", await H1Async(page));
        await browser.CheckAccessibilityAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).FocusAsync();
        await PressAndWaitAsync(page, "Enter");
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
        await PressAndWaitAsync(page, "Enter");
        Assert.Equal("You have agreed the grade", await BannerAsync(page));
        Assert.Equal("Awaiting co-sign", (await page.Locator("#audit-state").InnerTextAsync()).Trim());
        Assert.Contains("Ada Director", await page.Locator("#stage-holder").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAccessibilityAsync(page);

        // A QA lead can name a stand-in while the assistant director is away: the page passes too.
        var leadPage = await browser.NewPageAsync();
        await SignInAsync(browser, leadPage, scenario.QaLead);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/stand-in", leadPage);
        Assert.Equal("Name a stand-in for the assistant director", await H1Async(leadPage));

        // The assistant director co-signs.
        var directorPage = await browser.NewPageAsync();
        await SignInAsync(browser, directorPage, scenario.AssistantDirector);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/co-sign", directorPage);
        Assert.Equal("Good", (await directorPage.Locator("#final-grade").InnerTextAsync()).Trim());
        Assert.Equal(1, await directorPage.Locator("#no-grade-changes").CountAsync());
        await directorPage.Locator("input[name='Input.Decision'][value='CoSign']").FocusAsync();
        await directorPage.Keyboard.PressAsync("Space");
        await directorPage.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).FocusAsync();
        await PressAndWaitAsync(directorPage, "Enter");
        Assert.Equal("You have co-signed the audit", await BannerAsync(directorPage));
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

        await SignInAsync(browser, browser.Page, scenario.Auditor);
        await browser.GoToAsync($"/audits/{scenario.AuditId}/record");

        Assert.Equal("Moderator (missing): Say who attended the core group", (await browser.Page.Locator(".moderator-note").InnerTextAsync()).Trim());
        await browser.GoToAsync($"/audits/{scenario.AuditId}");
        browser.AssertNoAccessibilityViolations();
    }

    private static async Task SignInAsync(BrowserSession browser, IPage page, TestStaff staff)
    {
        await browser.GoToAsync("/account/sign-in", page);
        await page.GetByLabel("Email address").FillAsync(staff.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(staff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        if (staff.AuthenticatorKey is { } key)
        {
            await page.WaitForURLAsync("**/account/sign-in-code**");
            await browser.CheckAccessibilityAsync(page);
            await page.GetByLabel("Enter the code from your authenticator app").FillAsync(AppClient.Totp(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }

        await page.WaitForURLAsync(browser.BaseUrl + "/");
        await browser.CheckAccessibilityAsync(page);
    }

    private static async Task<string> H1Async(IPage page) => (await page.Locator("h1").First.InnerTextAsync()).Trim();

    private static async Task<string> BannerAsync(IPage page) =>
        (await page.Locator(".govuk-notification-banner--success .govuk-notification-banner__heading").InnerTextAsync()).Trim();

    /// <summary>Presses a key and waits until a new document has loaded in place of the marked old one.</summary>
    private static async Task PressAndWaitAsync(IPage page, string key)
    {
        await page.EvaluateAsync("() => { window.leftBehind = true; }");
        await page.Keyboard.PressAsync(key);
        await page.WaitForFunctionAsync("() => !window.leftBehind && document.readyState === 'complete'");
    }
}
