using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AuditJourneyTests
{
    [Fact]
    public async Task Auditor_StartsTheirAllocatedAudit_AndTheLinkedDiagramMarksWhereItIs()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        // The app's CSP stays in force: the diagram must draw under it, and nothing may be refused.
        var page = await browser.NewPageAsync(enforceCsp: true);
        // Any script error or anything a CSP refuses, in the page or the diagram's frame, fails the test.
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                refused.Add($"{page.Url}: {message.Text}");
            }
        };
        await browser.SignInAsync(scenario.Auditor, page);
        var reference = $"AUD-{scenario.AuditId:D6}";

        // axe runs once the diagram has drawn, so it never meets a frame still loading.
        await page.GotoAsync($"/audits/{scenario.AuditId}");
        await page.ExpectPageAsync($"{reference} Allocated");
        await browser.CheckAccessibilityAsync(page);
        await page.Locator("#workflow-link").ClickAndWaitForPageAsync("How a deep-dive audit moves");
        Assert.EndsWith("/audits/workflow?current=Allocated", page.Url, StringComparison.Ordinal);
        await AssertCurrentStateDrawnAsync(page, "Allocated");
        await browser.CheckAccessibilityAsync(page);
        await page.GotoAsync($"/audits/{scenario.AuditId}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start audit" }).ClickAndWaitForPageAsync("Start this audit");
        await browser.CheckAccessibilityAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start audit" }).ClickAndWaitForPageAsync($"{reference} In progress");

        Assert.Equal("You have started the audit", await page.SuccessBannerAsync());
        Assert.Equal("In progress", (await page.Locator("#audit-state").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(page);
        await page.Locator("#workflow-link").ClickAndWaitForPageAsync("How a deep-dive audit moves");
        Assert.EndsWith("/audits/workflow?current=InProgress", page.Url, StringComparison.Ordinal);
        await AssertCurrentStateDrawnAsync(page, "InProgress");
        await browser.CheckAccessibilityAsync(page);

        await page.GotoAsync("/audits/workflow");
        await page.ExpectPageAsync("How a deep-dive audit moves");
        await page.WaitForSelectorAsync("iframe[data-audit-diagram][data-rendered]");
        var diagram = page.FrameLocator("iframe[data-audit-diagram]");
        Assert.Equal(1, await diagram.Locator("svg").CountAsync());
        Assert.Equal(0, await diagram.Locator("svg .current").CountAsync());
        await browser.CheckAccessibilityAsync(page);

        Assert.True(refused.Count == 0, "The browser reported errors:\n" + string.Join('\n', refused));
        browser.AssertNoAccessibilityViolations();
    }

    /// <summary>The SVG is drawn in the diagram's frame, and the one node carrying the "current" class is this state's.</summary>
    private static async Task AssertCurrentStateDrawnAsync(IPage page, string state)
    {
        await page.WaitForSelectorAsync("iframe[data-audit-diagram][data-rendered]");
        var current = page.FrameLocator("iframe[data-audit-diagram]").Locator("svg g.node.current");
        Assert.Equal(1, await current.CountAsync());
        Assert.Contains($"-{state}-", await current.GetAttributeAsync("id") ?? string.Empty, StringComparison.Ordinal);
        var fill = await current.Locator("rect, path").First.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.Equal("rgb(255, 221, 0)", fill);
    }
}
