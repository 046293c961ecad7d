using System.Text;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

/// <summary>The QA lead's Import historic audits page, checked by axe-core empty and listing a file's problems by row.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HistoricImportAccessibilityTests
{
    [Fact]
    public async Task TheImportPage_AndItsListOfProblems_HaveNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        var page = await browser.SignInAsync(scenario.QaLead);
        await browser.GoToAsync("/admin/audits", page);
        await page.GetByRole(AriaRole.Link, new() { Name = "import historic audits" }).ClickAndWaitForPageAsync("Import historic audits");
        await browser.CheckAccessibilityAsync(page);

        await page.Locator("#Input_File").SetInputFilesAsync(new FilePayload
        {
            Name = "audits.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("case_reference,service_area,completed_on,auditor_grade\nLCS-800001,North,01/03/2025,Good\n"),
        });
        await page.Locator("main form button[type=submit]").ClickAndWaitForPageAsync("Import historic audits");

        Assert.Equal("Row 2: service area 'North' does not exist", await page.Locator("#import-problems tbody td:nth-child(3)").TextContentAsync());
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync(), await page.DescribeAsync());
        await browser.CheckAccessibilityAsync(page);
        browser.AssertNoAccessibilityViolations();
    }
}
