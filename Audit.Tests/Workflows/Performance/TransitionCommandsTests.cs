using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Performance;

/// <summary>
/// What one workflow transition asks of the database (issue 12), per command: the roles once, the audit in one narrow
/// statement with only the parts the command reads (a take or release none of its actions, conversations or extension
/// requests, but its open deadlines), the people on it narrow (never a password hash), no settings, bank holidays or
/// tool version read again, one connection, and only the audit's changed columns written. The commands are printed for docs/performance.md.
/// </summary>
public sealed class TransitionCommandsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TakeForModeration_ReadsTheRoles_TheAuditWithItsDeadlines_AndPeople_AndWritesOnlyWhatChanged()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);

        var log = await LogAsync((s, v) => new TakeForModerationCommand(s.AuditId, v), scenario);

        AssertTheAuditWithItsDeadlinesThenPeople(log);
        var update = Assert.Single(log.Commands, c => c.Contains("UPDATE \"CaseAudits\"", StringComparison.Ordinal));
        Assert.Contains("\"ModerationTakenById\"", update, StringComparison.Ordinal);
        Assert.DoesNotContain("\"AuditorRationale\"", update, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReleaseModeration_ReadsTheRoles_TheAuditWithItsDeadlines_AndPeople_AndWritesOnlyWhatChanged()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);

        var log = await LogAsync((s, v) => new ReleaseModerationCommand(s.AuditId, v), scenario,
            s => s.Expect(s.SendAsync(v => new TakeForModerationCommand(s.AuditId, v), s.Moderator)));

        AssertTheAuditWithItsDeadlinesThenPeople(log);
        var update = Assert.Single(log.Commands, c => c.Contains("UPDATE \"CaseAudits\"", StringComparison.Ordinal));
        Assert.Contains("\"ModerationTakenById\"", update, StringComparison.Ordinal);
        Assert.DoesNotContain("\"AuditorRationale\"", update, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderate_ReadsNoSettingsHolidaysScaleOrWholeUserRows()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);

        var log = await LogAsync((s, v) => new ModerateCommand(s.AuditId, v, ModerationOutcome.Agree, null, "Checked against the evidence"), scenario);

        Assert.True(log.Reads.Count <= 5, log.ToString());
        AssertNarrow(log);
        // A command that declares nothing reads every part of the audit, with the audit, in one statement.
        var audit = Assert.Single(log.Reads, r => r.Contains("FROM \"CaseAudits\"", StringComparison.Ordinal));
        Assert.All(Parts, part => Assert.Contains(part, audit, StringComparison.Ordinal));
        Assert.DoesNotContain(log.Commands, c => c.Contains("FROM \"AuditToolVersions\"", StringComparison.Ordinal) && !c.Contains("FROM \"CaseAudits\"", StringComparison.Ordinal));
        var update = Assert.Single(log.Commands, c => c.Contains("UPDATE \"CaseAudits\"", StringComparison.Ordinal));
        Assert.DoesNotContain("\"AuditorRationale\"", update, StringComparison.Ordinal);
    }

    /// <summary>The tables of the parts a take or release does not read (<see cref="Audit.Workflows.DeepDive.AuditParts"/>).</summary>
    private static readonly string[] Parts = ["\"AuditActions\"", "\"ReflectiveConversations\"", "\"ConversationInvitees\"", "\"ExtensionRequests\""];

    /// <summary>
    /// Three reads, in order: the actor's roles; the audit with its case, organisation, tool version and open
    /// deadlines and none of its actions, conversations or extension requests, by key with no LIMIT; the people on it, narrow. The
    /// deadline handed over is the one read with the audit: no read of its own.
    /// </summary>
    private static void AssertTheAuditWithItsDeadlinesThenPeople(SqlCommandLog log)
    {
        Assert.True(log.Reads.Count == 3, log.ToString());
        AssertNarrow(log);
        Assert.Contains("FROM \"AspNetUserRoles\"", log.Reads[0], StringComparison.Ordinal);
        Assert.Contains("FROM \"CaseAudits\"", log.Reads[1], StringComparison.Ordinal);
        Assert.Contains("FROM \"Deadlines\"", log.Reads[1], StringComparison.Ordinal);
        // Read by key as a list: no LIMIT subquery for the database to plan the joins around.
        Assert.DoesNotContain("LIMIT", log.Reads[1], StringComparison.Ordinal);
        Assert.All(Parts, part => Assert.DoesNotContain(part, log.Reads[1], StringComparison.Ordinal));
        Assert.Contains("FROM \"AspNetUsers\"", log.Reads[2], StringComparison.Ordinal);
        Assert.Single(log.Commands, c => c.Contains("UPDATE \"Deadlines\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// Sends the command once on another audit first (so settings and holidays are cached, as on a running
    /// server), then once on the scenario's audit with the SQL recorded.
    /// </summary>
    private async Task<SqlCommandLog> LogAsync<TCommand>(Func<AuditScenario, int, TCommand> command, AuditScenario scenario,
        Func<AuditScenario, Task>? before = null) where TCommand : IAuditCommand
    {
        var warm = await AuditScenario.CreateAsync(app);
        await warm.ToStateAsync(AuditState.AwaitingModeration);
        await (before?.Invoke(warm) ?? Task.CompletedTask);
        await warm.Expect(warm.SendAsync(v => command(warm, v), warm.Moderator));
        await (before?.Invoke(scenario) ?? Task.CompletedTask);

        var version = await scenario.VersionAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<AuditCommands>();
        CommandResult result;
        using (var log = SqlCommandLog.Start())
        {
            result = await commands.SendAsync(command(scenario, version), scenario.Moderator.Id);
            output.WriteLine(log.ToString());
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Value)));
            return log;
        }
    }

    private static void AssertNarrow(SqlCommandLog log)
    {
        // At most one: on SQLite the pooled context's connection is usually still open (SqliteStatementCache).
        Assert.InRange(log.ConnectionOpens, 0, 1);
        Assert.DoesNotContain(log.Commands, c => c.Contains("PasswordHash", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Commands, c => c.Contains("FROM \"WorkflowSettings\"", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Commands, c => c.Contains("FROM \"BankHolidays\"", StringComparison.Ordinal));
        Assert.Single(log.Commands, c => c.Contains("FROM \"AspNetUserRoles\"", StringComparison.Ordinal));
    }
}
