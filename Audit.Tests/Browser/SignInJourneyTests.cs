using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests
{
    [Fact]
    public async Task Practitioner_SignsInByKeyboard_AndSeesMyWork()
    {
        await using var browser = await BrowserSession.StartAsync();
        var staff = await TestData.AStaffMember().Named("Jess Walker").WithRoles(Roles.Practitioner).CreateAsync(browser.App);
        var page = browser.Page;

        await browser.GoToAsync("/account/sign-in");
        await page.GetByLabel("Email address").FocusAsync();
        await page.Keyboard.TypeAsync(staff.Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(staff.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(browser.BaseUrl + "/");

        Assert.Equal("My work", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Jess Walker", await page.Locator(".audit-header__name").InnerTextAsync());
        await browser.CheckAccessibilityAsync();
        browser.AssertNoAccessibilityViolations();
    }

    [Fact]
    public async Task SignIn_WithMissingFields_ShowsTheErrorSummaryWithLinks()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await browser.GoToAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");

        Assert.Equal("Error: Sign in – Audit", await page.TitleAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter your email address" }).ClickAsync();
        Assert.Equal("Input_Email", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await browser.CheckAccessibilityAsync();
        browser.AssertNoAccessibilityViolations();
    }
}
