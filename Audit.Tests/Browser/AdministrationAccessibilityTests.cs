using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;

namespace Audit.Tests.Browser;

/// <summary>The QA lead's administration pages, each checked by axe-core as it is and with its errors showing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministrationAccessibilityTests
{
    [Fact]
    public async Task QaLeadsAdministrationPages_HaveNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        var page = await browser.SignInAsync(scenario.QaLead);

        string[] pages =
        [
            "/admin", "/admin/staff", $"/admin/staff/{scenario.Practitioner.Id}", $"/admin/staff/{scenario.Practitioner.Id}/change-roles",
            "/admin/organisation", "/admin/organisation/teams/add", "/admin/cases", $"/admin/cases/{scenario.CaseFileId}",
            "/admin/audits", "/admin/tools", "/admin/themes", "/admin/settings", "/admin/settings/bank-holidays", "/admin/settings/import-bank-holidays", "/admin/emails",
            $"/audits/{scenario.AuditId}", "/audits/workflow", "/account/security",
        ];
        foreach (var path in pages)
        {
            await browser.GoToAsync(path, page);
            Assert.Equal("200", await page.EvaluateAsync<string>("() => String(performance.getEntriesByType('navigation')[0]?.responseStatus ?? 200)"));
        }

        // A form showing its errors: the error summary and field errors must be accessible too.
        await browser.GoToAsync("/admin/organisation/teams/add", page);
        await page.Locator("main form button[type=submit]").First.ClickAndWaitForPageAsync("Add a team");
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync(), await page.DescribeAsync());
        await browser.CheckAccessibilityAsync(page);

        browser.AssertNoAccessibilityViolations();
    }
}
