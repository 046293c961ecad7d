using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static Audit.Tests.Web.Account.AccountSteps;

namespace Audit.Tests.Web.Account;

public sealed class InvitationTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Invitation_EmailedThroughSmtp_LetsThePersonSetAPasswordAndSignIn()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        app.WithSmtp(mail);
        await InviteAsync(app, "robin.ellis@council.example", "Robin Ellis");
        await SendEmailsAsync(app);
        var email = Assert.Single(await mail.WaitForAsync(1, "robin.ellis@council.example"));
        using var client = AppClient.For(app);

        var page = await client.GetPageAsync(LinkTo(email.Text!, "/account/invitation/"));
        Assert.Equal("Set your password", page.H1());
        Assert.Contains("robin.ellis@council.example", page.Text(), StringComparison.Ordinal);
        var (_, home) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = StrongPassword, ["Input.ConfirmPassword"] = StrongPassword });

        Assert.Equal("My work", home.H1());
        Assert.Equal("Your password has been set", home.SuccessBanner());
        using var later = AppClient.For(app);
        Assert.Equal("My work", (await later.SignInAsync("robin.ellis@council.example", StrongPassword)).H1());
        // The email carries a link to set a password, never a password itself.
        Assert.DoesNotMatch(@"(?i)password\s*(is|:)\s*(?!https://)\S", email.Text!);
        Assert.Contains("the case audit service of Children's Services.", email.Text!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_AfterItExpires_IsRefusedWithAClearMessage()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        app.Clock = clock;
        await InviteAsync(app, "late@council.example");
        var link = LinkTo(await LatestEmailTextAsync(app, "late@council.example"), "/account/invitation/");
        clock.Advance(TimeSpan.FromDays(8));
        using var client = AppClient.For(app);

        var page = await client.GetPageAsync(link);

        Assert.Equal("Your invitation has expired", page.H1());
        Assert.Contains("This invitation link has expired. Ask your quality assurance lead to send you a new one.", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Invitation_AlreadyUsed_IsRefused()
    {
        await InviteAsync(app, "twice@council.example");
        var link = LinkTo(await LatestEmailTextAsync(app, "twice@council.example"), "/account/invitation/");
        using (var first = AppClient.For(app))
        {
            var page = await first.GetPageAsync(link);
            await first.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = StrongPassword, ["Input.ConfirmPassword"] = StrongPassword });
        }

        using var client = AppClient.For(app);
        var again = await client.GetPageAsync(link);

        Assert.Equal("This invitation has already been used", again.H1());
        Assert.Contains("This invitation link has already been used", again.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_ReplacedByANewerOne_IsRefused()
    {
        await InviteAsync(app, "resent@council.example");
        var first = LinkTo(await LatestEmailTextAsync(app, "resent@council.example"), "/account/invitation/");
        await ResendAsync(app, "resent@council.example");
        var second = LinkTo(await LatestEmailTextAsync(app, "resent@council.example"), "/account/invitation/");
        using var client = AppClient.For(app);

        var page = await client.GetPageAsync(first);

        Assert.NotEqual(first, second);
        Assert.Equal("This invitation has been replaced", page.H1());
        Assert.Contains("A newer invitation has been sent to you", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Set your password", (await client.GetPageAsync(second)).H1());
    }

    [Fact]
    public async Task Invitation_WithAnUnknownToken_IsRefused()
    {
        using var client = AppClient.For(app);

        var page = await client.GetPageAsync("/account/invitation/not-a-real-token");

        Assert.Equal("This invitation link is not valid", page.H1());
    }

    [Theory]
    [InlineData("password1234", "password1234", "Enter a password that is harder to guess: this one is too common")]
    [InlineData("short-one", "short-one", "Password must be 12 characters or more")]
    [InlineData("", "", "Enter a password")]
    [InlineData(StrongPassword, "correct horse battery stapler", "Passwords do not match")]
    public async Task Invitation_WithAPasswordThatCannotBeUsed_ShowsTheProblemAndKeepsTheLinkUsable(string password, string confirmation, string message)
    {
        await InviteAsync(app, "careful@council.example", "Alex Careful");
        var link = LinkTo(await LatestEmailTextAsync(app, "careful@council.example"), "/account/invitation/");
        using var client = AppClient.For(app);
        var page = await client.GetPageAsync(link);

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = password, ["Input.ConfirmPassword"] = confirmation });

        Assert.Equal([message], result.ErrorSummary());
        Assert.Equal("Set your password", result.H1());
        Assert.Contains("Alex Careful", result.Text(), StringComparison.Ordinal);
        var (_, retried) = await client.SubmitAsync(result, new Dictionary<string, string> { ["Input.Password"] = StrongPassword, ["Input.ConfirmPassword"] = StrongPassword });
        Assert.Equal("My work", retried.H1());
    }

    [Fact]
    public async Task Invitation_ForAQaLead_GoesOnToAuthenticatorSetUp()
    {
        await InviteAsync(app, "new.lead@council.example", "Nia Lead", Roles.QaLead);
        var link = LinkTo(await LatestEmailTextAsync(app, "new.lead@council.example"), "/account/invitation/");
        using var client = AppClient.For(app);
        var page = await client.GetPageAsync(link);

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = StrongPassword, ["Input.ConfirmPassword"] = StrongPassword });

        Assert.Equal("Set up an authenticator app", result.H1());
        Assert.Contains("required=true", result.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_TokenNeverAppearsInTheLogs()
    {
        var logs = new CapturingLoggerProvider();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        await using (var scope = logged.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Audit.Workflows.Staff.InvitationService>()
                .InviteAsync(new("Logan Quiet", "quiet@council.example", null, null, [Roles.Practitioner]), actorId: null);
        }

        var link = LinkTo(await LatestEmailTextAsync(app, "quiet@council.example"), "/account/invitation/");
        var token = link["/account/invitation/".Length..];
        using var client = new AppClient(logged.CreateClient(new() { BaseAddress = new Uri("https://localhost") }));
        var page = await client.GetPageAsync(link);
        await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" });

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(token, StringComparison.Ordinal));
        var recorded = await app.DbAsync(db => db.AccountEvents.Where(e => e.Email == "quiet@council.example").Select(e => e.Detail ?? string.Empty).ToListAsync());
        Assert.DoesNotContain(recorded, d => d.Contains(token, StringComparison.Ordinal));
    }
}
