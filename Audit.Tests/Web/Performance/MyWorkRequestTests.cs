using AngleSharp.Html.Dom;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;

namespace Audit.Tests.Web.Performance;

/// <summary>
/// What one My work request asks of the database, through the whole pipeline as a browser sends it (issue 12's load
/// run): signed in by cookie, the layout with its navigation count and sign-out form, the page. The sign-in's
/// roles come from the cookie (read from the database only at sign-in and at each security-stamp validation, not
/// per request), the data-protection keys are read once and kept, and the inbox is three queries on one
/// connection: the audits whose stage waits on the person, whether any immediate response, action or invitation
/// does, and the practitioner's own work. The commands are printed for docs/performance.md.
/// </summary>
public sealed class MyWorkRequestTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Before issue 12's load-run work: eight (the roles, then one query per kind of task), on eight connections.</summary>
    private const int MostCommands = 3;

    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task MyWork_ForAnAuditor_IsThreeQueriesOnOneConnection_WithNoUserRowRolesOrKeysRead()
    {
        var scenario = await AuditScenario.CreateAsync(app);

        var (page, log) = await RequestMyWorkAsync(scenario.Auditor);

        Assert.Equal($"Start deep-dive audit AUD-{scenario.AuditId:D6}", page.QuerySelector("#inbox a.govuk-link")?.TextContent.Trim());
        Assert.Equal("My work (1)", page.QuerySelector(".govuk-service-navigation__link")?.TextContent.Trim());
        AssertCheap(log);
    }

    [Fact]
    public async Task MyWork_ForAModerator_FindsTheModerationInTheSameQueries()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);

        var (page, log) = await RequestMyWorkAsync(scenario.Moderator);

        Assert.Equal($"Moderate deep-dive audit AUD-{scenario.AuditId:D6}", page.QuerySelector("#inbox a.govuk-link")?.TextContent.Trim());
        AssertCheap(log);
    }

    /// <summary>Signs in through the real pages, requests My work once (as the sign-in's redirect does), then once more with the SQL recorded.</summary>
    private async Task<(IHtmlDocument Page, SqlCommandLog Log)> RequestMyWorkAsync(TestStaff staff)
    {
        // The request runs in the test's execution context, so the log sees the app's commands for it.
        app.Server.PreserveExecutionContext = true;
        using var browser = AppClient.For(app);
        Assert.Equal("My work", (await browser.SignInAsync(staff)).H1());

        using var log = SqlCommandLog.Start();
        var page = await browser.GetPageAsync("/");
        output.WriteLine(log.ToString());
        Assert.Equal("My work", page.H1());
        return (page, log);
    }

    private static void AssertCheap(SqlCommandLog log)
    {
        Assert.True(log.Commands.Count <= MostCommands, $"{log.Commands.Count} commands, at most {MostCommands} expected:{Environment.NewLine}{log}");
        // At most one connection opened: on SQLite the pooled context's is usually still open (SqliteStatementCache).
        Assert.InRange(log.ConnectionOpens, 0, 1);
        // No security-stamp validation, user row or claims read on an ordinary request (it runs once a minute per sign-in).
        Assert.DoesNotContain(log.Commands, c => c.Contains("SecurityStamp", StringComparison.Ordinal) || c.Contains("PasswordHash", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Commands, c => c.Contains("\"AspNetUserRoles\"", StringComparison.Ordinal) || c.Contains("\"AspNetUserClaims\"", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Commands, c => c.Contains("\"DataProtectionKeys\"", StringComparison.Ordinal));
    }
}
