using System.Text.RegularExpressions;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class InvitationJourneyTests
{
    [Fact]
    public async Task QaLead_InvitesSomeone_WhoSetsAPasswordFromTheEmailedLink_AndSignsIn()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        await using var browser = await BrowserSession.StartAsync(app => app.WithSmtp(mail));
        var qaLead = await TestData.AQaLead().Named("Alex Morgan").CreateAsync(browser.App);
        var page = browser.Page;

        // The QA lead signs in with their password and authenticator code.
        await browser.GoToAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(qaLead.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(qaLead.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in-code**");
        await browser.CheckAccessibilityAsync();
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(AppClient.Totp(qaLead.AuthenticatorKey!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/");
        await browser.CheckAccessibilityAsync();

        // They invite a new practitioner.
        await browser.GoToAsync("/admin/staff/invite");
        await page.GetByLabel("Full name").FillAsync("Robin Ellis");
        await page.GetByLabel("Email address").FillAsync("robin.ellis@council.example");
        await page.GetByLabel("Practitioner").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-notification-banner--success");
        Assert.Contains("robin.ellis@council.example", await page.Locator(".govuk-notification-banner--success").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAccessibilityAsync();

        // The outbox sends the invitation (the recurring job does this in the running service).
        await browser.App.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());
        var email = Assert.Single(await mail.WaitForAsync(1, "robin.ellis@council.example"));
        Assert.Equal("You have been invited to Audit", email.Subject);
        var link = InvitationLink().Match(email.Text!).Value;
        Assert.StartsWith(browser.BaseUrl + "/account/invitation/", link, StringComparison.Ordinal);

        // Robin opens the link in their own browser, sets a password and is signed in.
        var robin = await browser.NewPageAsync();
        await robin.GotoAsync(link);
        await browser.CheckAccessibilityAsync(robin);
        Assert.Equal("Set your password", await robin.Locator("h1").InnerTextAsync());
        await robin.GetByLabel("Create a password").FillAsync("kettle orchard violin lantern");
        await robin.GetByLabel("Confirm your password").FillAsync("kettle orchard violin lantern");
        await robin.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
        await robin.WaitForURLAsync(browser.BaseUrl + "/");
        Assert.Contains("Robin Ellis", await robin.Locator(".audit-header__name").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAccessibilityAsync(robin);

        // Signing out and in again with the new password works; the link does not work twice.
        await robin.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await robin.WaitForURLAsync("**/account/signed-out");
        await browser.CheckAccessibilityAsync(robin);
        await robin.GotoAsync("/account/sign-in");
        await robin.GetByLabel("Email address").FillAsync("robin.ellis@council.example");
        await robin.GetByLabel("Password", new() { Exact = true }).FillAsync("kettle orchard violin lantern");
        await robin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await robin.WaitForURLAsync(browser.BaseUrl + "/");
        await robin.GotoAsync(link);
        Assert.Contains("already been used", await robin.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAccessibilityAsync(robin);

        browser.AssertNoAccessibilityViolations();
    }

    [GeneratedRegex(@"http://\S+/account/invitation/\S+")]
    private static partial Regex InvitationLink();
}
