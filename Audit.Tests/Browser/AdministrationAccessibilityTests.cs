using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Playwright;

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
        var page = browser.Page;
        await browser.GoToAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(scenario.QaLead.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(scenario.QaLead.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(AppClient.Totp(scenario.QaLead.AuthenticatorKey!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/");

        string[] pages =
        [
            "/admin", "/admin/staff", $"/admin/staff/{scenario.Practitioner.Id}", $"/admin/staff/{scenario.Practitioner.Id}/change-roles",
            "/admin/organisation", "/admin/organisation/teams/add", "/admin/cases", $"/admin/cases/{scenario.CaseFileId}",
            "/admin/audits", "/admin/tools", "/admin/themes", "/admin/settings", "/admin/settings/bank-holidays", "/admin/settings/import-bank-holidays", "/admin/emails",
            $"/audits/{scenario.AuditId}", "/audits/workflow", "/account/security",
        ];
        foreach (var path in pages)
        {
            await browser.GoToAsync(path);
            Assert.Equal("200", await page.EvaluateAsync<string>("() => String(performance.getEntriesByType('navigation')[0]?.responseStatus ?? 200)"));
        }

        // A form showing its errors: the error summary and field errors must be accessible too.
        await browser.GoToAsync("/admin/organisation/teams/add");
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");
        await browser.CheckAccessibilityAsync();

        browser.AssertNoAccessibilityViolations();
    }
}
