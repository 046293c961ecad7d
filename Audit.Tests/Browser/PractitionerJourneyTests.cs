using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Practitioners;

namespace Audit.Tests.Browser;

/// <summary>
/// The practitioner, by keyboard alone: signs in, opens their audit from My work once its grade is settled, and writes
/// their reflections. axe-core checks every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PractitionerJourneyTests
{
    [Fact]
    public async Task Practitioner_OpensTheirAuditFromMyWork_AndWritesTheirReflections_ByKeyboardOnly_WithNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        await scenario.InadequateSettledAsync();
        var reference = $"AUD-{scenario.AuditId:D6}";

        var page = await browser.SignInAsync(scenario.Practitioner, byKeyboard: true);
        await browser.CheckAccessibilityAsync(page);
        await page.TabToAsync($"#inbox a[href='/audits/{scenario.AuditId}']");
        await page.PressAndWaitForPageAsync("Enter", $"{reference} Awaiting reflective conversation");
        await browser.CheckAccessibilityAsync(page);
        Assert.Equal("Inadequate", (await page.Locator("#audit-final-grade").InnerTextAsync()).Trim());

        await page.TabToAsync("#write-reflections-link");
        await page.PressAndWaitForPageAsync("Enter", "Your reflections");
        await browser.CheckAccessibilityAsync(page);
        await page.TabToAsync("#Input_Reflections");
        await page.Keyboard.TypeAsync("I will see the children on their own at every visit.");
        await page.TabToAsync("main form button[type=submit]");
        await page.PressAndWaitForPageAsync("Enter", $"{reference} Awaiting reflective conversation");

        Assert.Equal("Your reflections have been saved", await page.SuccessBannerAsync());
        Assert.Equal("I will see the children on their own at every visit.", (await page.Locator("#practitioner-reflections").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(page);
        Assert.Equal("I will see the children on their own at every visit.", (await scenario.AuditAsync()).PractitionerReflections);
        browser.AssertNoAccessibilityViolations();
    }
}
