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

        var page = await browser.SignInAsync(staff, byKeyboard: true);

        Assert.Contains("Jess Walker", await page.Locator(".audit-header__name").InnerTextAsync());
        browser.AssertNoAccessibilityViolations();
    }

    [Fact]
    public async Task SignIn_WithMissingFields_ShowsTheErrorSummaryWithLinks()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await browser.GoToAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAndWaitForPageAsync("Sign in to Audit");

        Assert.Equal("Error: Sign in – Audit", await page.TitleAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter your email address" }).ClickAsync();
        Assert.Equal("Input_Email", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await browser.CheckAccessibilityAsync();
        browser.AssertNoAccessibilityViolations();
    }

    [Fact]
    public async Task SignInHelper_WithAWrongPassword_FailsNamingThePageReached_NotATimeOut()
    {
        await using var browser = await BrowserSession.StartAsync();
        var staff = await TestData.AStaffMember().Named("Jess Walker").WithRoles(Roles.Practitioner).CreateAsync(browser.App);

        var failure = await Assert.ThrowsAsync<UnexpectedPageException>(() => browser.SignInAsync(staff with { Password = "not their password" }));

        Assert.StartsWith($"Signing in as Jess Walker <{staff.Email}> should have led to \"My work\", but the browser shows {browser.BaseUrl}/account/sign-in (status 200)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("heading \"Sign in to Audit\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("error summary: If the email and password are right you will be signed in; after several failed attempts, wait 15 minutes", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Timeout", failure.Message, StringComparison.OrdinalIgnoreCase);
        browser.AssertNoAccessibilityViolations();
    }
}
