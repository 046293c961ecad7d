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

        // The QA lead signs in with their password and authenticator code.
        var page = await browser.SignInAsync(qaLead);

        // They invite a new practitioner.
        await browser.GoToAsync("/admin/staff/invite", page);
        await page.GetByLabel("Full name").FillAsync("Robin Ellis");
        await page.GetByLabel("Email address").FillAsync("robin.ellis@council.example");
        await page.GetByLabel("Practitioner").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAndWaitForPageAsync("Staff");
        Assert.Equal("Invitation sent to robin.ellis@council.example", await page.SuccessBannerAsync());
        await browser.CheckAccessibilityAsync(page);

        // The outbox sends the invitation (the recurring job does this in the running service).
        await browser.App.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());
        var email = Assert.Single(await mail.WaitForAsync(1, "robin.ellis@council.example"));
        Assert.Equal("You have been invited to Audit", email.Subject);
        var link = InvitationLink().Match(email.Text!).Value;
        Assert.StartsWith(browser.BaseUrl + "/account/invitation/", link, StringComparison.Ordinal);

        // Robin opens the link in their own browser, sets a password and is signed in.
        var robin = await browser.NewPageAsync(person: "Robin Ellis");
        await browser.GoToAsync(link, robin);
        await robin.ExpectPageAsync("Set your password", "Opening the invitation link");
        await robin.GetByLabel("Create a password").FillAsync("kettle orchard violin lantern");
        await robin.GetByLabel("Confirm your password").FillAsync("kettle orchard violin lantern");
        await robin.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAndWaitForPageAsync(BrowserSession.MyWork);
        Assert.Contains("Robin Ellis", await robin.Locator(".audit-header__name").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAccessibilityAsync(robin);

        // Signing out and in again with the new password works; the link does not work twice.
        await robin.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAndWaitForPageAsync("You have signed out");
        await browser.CheckAccessibilityAsync(robin);
        await browser.SignInAsync("robin.ellis@council.example", "kettle orchard violin lantern", page: robin, person: "Robin Ellis");
        await browser.GoToAsync(link, robin);
        Assert.Contains("already been used", await robin.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        browser.AssertNoAccessibilityViolations();
    }

    [GeneratedRegex(@"http://\S+/account/invitation/\S+")]
    private static partial Regex InvitationLink();
}
