using AngleSharp.Html.Dom;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Audit.Tests.Web.Account;

/// <summary>Identity checks authenticator codes against the real clock, so these tests never use a fake one.</summary>
public sealed class TwoFactorTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Authenticator_AfterSetUp_IsNeededToSignIn()
    {
        var staff = await TestData.AStaffMember().WithRoles(Roles.Auditor).CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);

        var (key, codesPage) = await SetUpAuthenticatorAsync(client);

        Assert.Equal("Your recovery codes", codesPage.H1());
        Assert.Equal("Your authenticator app is set up", codesPage.SuccessBanner());
        Assert.Equal(10, codesPage.QuerySelectorAll("#recovery-codes li").Length);
        await SignOutAsync(client);
        var codeStep = await client.SignInAsync(staff.Email, staff.Password);
        Assert.Equal("Enter the code from your authenticator app", codeStep.H1());
        var (_, home) = await client.SubmitAsync(codeStep, new Dictionary<string, string> { ["Input.Code"] = NextCode(key) });
        Assert.Equal("My work", home.H1());
        var enabled = await app.DbAsync(db => db.AccountEvents.AnyAsync(e => e.StaffMemberId == staff.Id && e.Kind == AccountEventKind.TwoFactorEnabled));
        Assert.True(enabled);
    }

    [Fact]
    public async Task Authenticator_WithAWrongCode_IsNotTurnedOn()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);
        var page = await client.GetPageAsync("/account/security/authenticator");
        var key = SharedKey(page);

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) });

        Assert.Equal(["The code is not correct. Enter the code shown in your authenticator app now"], result.ErrorSummary());
        Assert.Equal(key, SharedKey(result));
        Assert.False(await app.DbAsync(db => db.Users.Where(u => u.Id == staff.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task Authenticator_Page_ShowsAQrCodeImageTheContentSecurityPolicyAllows()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);

        var page = await client.GetPageAsync("/account/security/authenticator");

        var image = page.QuerySelector("img[alt='QR code to scan with your authenticator app']") as IHtmlImageElement;
        Assert.NotNull(image);
        Assert.StartsWith("data:image/svg+xml;base64,", image.Source, StringComparison.Ordinal);
        var svg = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(image.Source!["data:image/svg+xml;base64,".Length..]));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", page.QuerySelector("#shared-key")!.TextContent);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);
        var (_, codesPage) = await SetUpAuthenticatorAsync(client);
        var recoveryCode = codesPage.QuerySelector("#recovery-codes li")!.TextContent.Trim();
        await SignOutAsync(client);

        var first = await SignInWithRecoveryCodeAsync(client, staff, recoveryCode);
        await SignOutAsync(client);
        var second = await SignInWithRecoveryCodeAsync(client, staff, recoveryCode);

        Assert.Equal("My work", first.H1());
        Assert.Equal(["The recovery code is not correct or has already been used"], second.ErrorSummary());
    }

    [Fact]
    public async Task RecoveryCode_TypedInLowerCaseWithoutTheHyphen_IsAccepted()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);
        var (_, codesPage) = await SetUpAuthenticatorAsync(client);
        var shown = codesPage.QuerySelector("#recovery-codes li")!.TextContent.Trim();
        await SignOutAsync(client);

        var page = await SignInWithRecoveryCodeAsync(client, staff, shown.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant());

        Assert.Contains('-', shown);
        Assert.Equal("My work", page.H1());
    }

    [Fact]
    public async Task ResetAuthenticator_MakesANewKeyAndTheOldAppStopsWorking()
    {
        var auditor = await TestData.AStaffMember().WithRoles(Roles.Auditor).WithAuthenticator().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(auditor);
        var setUpWhileEnrolled = await client.GetPageAsync("/account/security/authenticator");

        var (_, setUp) = await client.SubmitAsync(setUpWhileEnrolled, new Dictionary<string, string>());
        var newKey = SharedKey(setUp);
        var (_, refused) = await client.SubmitAsync(setUp, new Dictionary<string, string> { ["Input.Code"] = AppClient.Totp(auditor.AuthenticatorKey!) });
        var (_, accepted) = await client.SubmitAsync(refused, new Dictionary<string, string> { ["Input.Code"] = AppClient.Totp(newKey) });

        Assert.Equal("Reset your authenticator app", setUpWhileEnrolled.H1());
        Assert.Equal("Set up an authenticator app", setUp.H1());
        Assert.NotEqual(auditor.AuthenticatorKey, newKey);
        Assert.Equal(["The code is not correct. Enter the code shown in your authenticator app now"], refused.ErrorSummary());
        Assert.Equal("Your recovery codes", accepted.H1());
    }

    [Fact]
    public async Task QaLeadWithoutAuthenticator_IsSentToSetUpFromEveryPage_UntilEnrolled()
    {
        var lead = await TestData.AStaffMember().WithRoles(Roles.QaLead).CreateAsync(app);
        using var client = AppClient.For(app);

        var afterSignIn = await client.SignInAsync(lead);
        var account = await client.GetPageAsync("/account/security");
        var (_, codesPage) = await SetUpAuthenticatorAsync(client, afterSignIn);
        var home = await client.GetPageAsync("/");

        Assert.Equal("Set up an authenticator app", afterSignIn.H1());
        Assert.Contains("You must set up an authenticator app because you are a QA lead or assistant director", afterSignIn.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Set up an authenticator app", account.H1());
        Assert.Equal("Your recovery codes", codesPage.H1());
        Assert.Equal("My work", home.H1());
    }

    [Fact]
    public async Task QaLead_IsNotOfferedToTurnOffTheAuthenticator()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(lead);

        var account = await client.GetPageAsync("/account/security");
        var page = await client.GetPageAsync("/account/security/turn-off-authenticator");

        Assert.Contains("Set up", account.QuerySelector("#account-authenticator")!.TextContent, StringComparison.Ordinal);
        Assert.Null(account.QuerySelector("a[href='/account/security/turn-off-authenticator']"));
        Assert.Null(page.QuerySelector("main form"));
        Assert.Contains("You cannot turn off your authenticator app", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auditor_CanTurnOffTheAuthenticator()
    {
        var auditor = await TestData.AStaffMember().WithRoles(Roles.Auditor).WithAuthenticator().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(auditor);
        var page = await client.GetPageAsync("/account/security/turn-off-authenticator");

        var (_, account) = await client.SubmitAsync(page, new Dictionary<string, string>());
        await SignOutAsync(client);
        var again = await client.SignInAsync(auditor.Email, auditor.Password);

        Assert.Equal("Your authenticator app has been turned off", account.SuccessBanner());
        Assert.Contains("Not set up", account.QuerySelector("#account-authenticator")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My work", again.H1());
    }

    /// <summary>Reads the key from the set-up page and confirms it with a code, as a person with an app would.</summary>
    private static async Task<(string Key, IHtmlDocument CodesPage)> SetUpAuthenticatorAsync(AppClient client, IHtmlDocument? page = null)
    {
        page ??= await client.GetPageAsync("/account/security/authenticator");
        Assert.Equal("Set up an authenticator app", page.H1());
        var key = SharedKey(page);
        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = AppClient.Totp(key) });
        return (key, result);
    }

    private static string SharedKey(IHtmlDocument page) =>
        page.QuerySelector("#shared-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>
    /// The code for the next 30-second step: Identity accepts it too, and it differs from the one just used to set
    /// up the app, so the test never waits for the clock.
    /// </summary>
    private static string NextCode(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30));

    /// <summary>A code that matches no step Identity would accept (it checks two steps either side of now).</summary>
    private static string WrongCode(string key)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var accepted = Enumerable.Range(-3, 7).Select(step => totp.ComputeTotp(DateTime.UtcNow.AddSeconds(step * 30))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !accepted.Contains(c));
    }

    private static async Task<IHtmlDocument> SignInWithRecoveryCodeAsync(AppClient client, TestStaff staff, string code)
    {
        var codeStep = await client.SignInAsync(staff.Email, staff.Password);
        var recoveryPage = await client.GetPageAsync(codeStep.QuerySelector("a[href*='recovery=true']")!.GetAttribute("href")!);
        var (_, result) = await client.SubmitAsync(recoveryPage, new Dictionary<string, string> { ["Input.Code"] = code });
        return result;
    }

    private static async Task SignOutAsync(AppClient client)
    {
        var home = await client.GetPageAsync("/account/sign-out");
        var (_, page) = await client.SubmitAsync(home, new Dictionary<string, string>());
        Assert.Equal("You have signed out", page.H1());
    }
}
