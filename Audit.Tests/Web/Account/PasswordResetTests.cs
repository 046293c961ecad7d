using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Account.AccountSteps;

namespace Audit.Tests.Web.Account;

public sealed class PasswordResetTests : IAsyncLifetime
{
    private const string Confirmation = "If an account exists for that email address, we have sent a link to reset the password.";

    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task ForgotPassword_ForAnAccount_EmailsALinkThatSetsANewPassword()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        app.WithSmtp(mail);
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);

        var sent = await RequestResetAsync(client, staff.Email);
        await SendEmailsAsync(app);
        var email = Assert.Single(await mail.WaitForAsync(1, staff.Email));
        var page = await client.GetPageAsync(LinkTo(email.Text!, "/account/reset-password"));
        var (_, done) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = StrongPassword, ["Input.ConfirmPassword"] = StrongPassword });

        Assert.Contains(Confirmation, sent.Text(), StringComparison.Ordinal);
        Assert.Equal("Reset your Audit password", email.Subject);
        Assert.Equal("Create a new password", page.H1());
        Assert.Equal("Your password has been reset", done.H1());
        using var withNew = AppClient.For(app);
        Assert.Equal("My work", (await withNew.SignInAsync(staff.Email, StrongPassword)).H1());
        using var withOld = AppClient.For(app);
        Assert.Equal(["If the email and password are right you will be signed in; after several failed attempts, wait 15 minutes"], (await withOld.SignInAsync(staff)).ErrorSummary());
        var kinds = await app.DbAsync(db => db.AccountEvents.Where(e => e.StaffMemberId == staff.Id).Select(e => e.Kind).ToListAsync());
        Assert.Contains(AccountEventKind.PasswordResetRequested, kinds);
        Assert.Contains(AccountEventKind.PasswordReset, kinds);
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownEmail_ShowsTheSameConfirmationAndSendsNothing()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);

        var known = await RequestResetAsync(client, staff.Email);
        var unknown = await RequestResetAsync(client, "nobody@council.example");

        Assert.Equal(known.QuerySelector("main")!.TextContent, unknown.QuerySelector("main")!.TextContent);
        Assert.Contains(Confirmation, unknown.Text(), StringComparison.Ordinal);
        var queued = await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == "nobody@council.example"));
        Assert.Equal(0, queued);
    }

    [Fact]
    public async Task ForgotPassword_ForADeactivatedAccount_SendsNothing()
    {
        var staff = await TestData.AStaffMember().Deactivated().CreateAsync(app);
        using var client = AppClient.For(app);

        var page = await RequestResetAsync(client, staff.Email);

        Assert.Contains(Confirmation, page.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == staff.Email)));
    }

    [Fact]
    public async Task ForgotPassword_WithNoEmail_AsksForIt()
    {
        using var client = AppClient.For(app);
        var page = await client.GetPageAsync("/account/forgot-password");

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = "" });

        Assert.Equal(["Enter your email address"], result.ErrorSummary());
    }

    [Fact]
    public async Task ResetPassword_WithABadCode_IsRefusedWithALinkToAskAgain()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);

        var page = await client.GetPageAsync($"/account/reset-password?id={staff.Id}&code=bm90LWEtcmVhbC1jb2Rl");

        Assert.Equal("This link cannot be used", page.H1());
        Assert.NotNull(page.QuerySelector("main a[href='/account/forgot-password']"));
    }

    [Fact]
    public async Task ResetPassword_LinkWorksOnlyOnce()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await RequestResetAsync(client, staff.Email);
        var link = LinkTo(await LatestEmailTextAsync(app, staff.Email), "/account/reset-password");
        var page = await client.GetPageAsync(link);
        await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = StrongPassword, ["Input.ConfirmPassword"] = StrongPassword });

        var (_, second) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = "another long passphrase", ["Input.ConfirmPassword"] = "another long passphrase" });

        Assert.Equal("This link cannot be used", second.H1());
        Assert.Equal("This link cannot be used", (await client.GetPageAsync(link)).H1());
    }

    [Fact]
    public async Task ResetPassword_WithACommonPassword_IsRefusedAndTheLinkStillWorks()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await RequestResetAsync(client, staff.Email);
        var page = await client.GetPageAsync(LinkTo(await LatestEmailTextAsync(app, staff.Email), "/account/reset-password"));

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = "password1234", ["Input.ConfirmPassword"] = "password1234" });

        Assert.Equal(["Enter a password that is harder to guess: this one is too common"], result.ErrorSummary());
        Assert.Equal("Create a new password", result.H1());
    }

    [Fact]
    public async Task ResetPassword_UnlocksALockedAccount()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(staff.Email, "wrong-password-attempt");
        }

        await RequestResetAsync(client, staff.Email);
        var page = await client.GetPageAsync(LinkTo(await LatestEmailTextAsync(app, staff.Email), "/account/reset-password"));
        await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = StrongPassword, ["Input.ConfirmPassword"] = StrongPassword });

        Assert.Equal("My work", (await client.SignInAsync(staff.Email, StrongPassword)).H1());
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RequestResetAsync(AppClient client, string email)
    {
        var page = await client.GetPageAsync("/account/forgot-password");
        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal("Check your email", result.H1());
        return result;
    }
}
