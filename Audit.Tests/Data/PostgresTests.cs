using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Inbox;
using Audit.Workflows.Moderation;
using Audit.Workflows.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Data;

/// <summary>
/// The core of Audit on a real PostgreSQL server (AUDIT_TEST_POSTGRES; .ci/run starts one): its own migrations, the
/// workflow's unit of work, the database-enforced one open audit per case and a report query. Skipped without a
/// server outside CI, failed without one under CI=true.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresTests : IAsyncDisposable
{
    private AuditAppFactory? app;

    private AuditAppFactory App()
    {
        PostgresTestDatabase.RequireServer();
        return app ??= AuditAppFactory.On(DatabaseProvider.PostgreSQL);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Startup_AppliesThePostgresMigrations_WithTimesAsTimestamptz()
    {
        var app = App();

        var pending = await app.DbAsync(db => db.Database.GetPendingMigrationsAsync());
        var applied = await app.DbAsync(db => db.Database.GetAppliedMigrationsAsync());
        var allocatedAt = await app.DbAsync(db => db.Database.SqlQuery<string>(
            $"SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = 'CaseAudits' AND column_name = 'AllocatedAt'").SingleAsync());

        Assert.True(await app.DbAsync(db => Task.FromResult(db.Database.IsNpgsql())));
        Assert.Empty(pending);
        Assert.Contains(applied, m => m.EndsWith("_PostgresInitial", StringComparison.Ordinal));
        Assert.Equal("timestamp with time zone", allocatedAt);
    }

    [Fact]
    public async Task AnAudit_AllocatedGradedAndSubmitted_GoesToModeration_WithItsHistory()
    {
        var scenario = await AuditScenario.CreateAsync(App());

        await scenario.StartAsync();
        await scenario.AnswerEverySectionAsync(Grade.Good);
        await scenario.SubmitFormAsync();

        var audit = await scenario.AuditAsync();
        var history = await scenario.App.DbAsync(db => db.AuditHistory.CountAsync(h => h.CaseAuditId == scenario.AuditId));
        Assert.Equal(AuditState.AwaitingModeration, audit.State);
        Assert.Equal(TimeSpan.Zero, audit.AllocatedAt.Offset);
        Assert.True(history >= 3, $"{history} history entries");
    }

    [Fact]
    public async Task TheDatabase_RefusesASecondOpenAuditOfACase_ButNotAfterTheFirstCloses()
    {
        var scenario = await AuditScenario.CreateAsync(App());

        var second = await Record.ExceptionAsync(() => InsertAuditAsync(scenario));
        await scenario.ToStateAsync(AuditState.Cancelled);
        await InsertAuditAsync(scenario);

        Assert.IsType<DbUpdateException>(second);
        Assert.Equal(2, await scenario.App.DbAsync(db => db.CaseAudits.CountAsync(a => a.CaseFileId == scenario.CaseFileId)));
    }

    [Fact]
    public async Task PeriodReport_CountsTheAuditsSettledInTheMonth()
    {
        var s = await ReportScenario.CreateAsync(App());
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 3, 2));
        await s.AddCompletedAsync(Grade.Inadequate, new DateOnly(2026, 3, 31));
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 4, 1));

        var report = await s.App.InScopeAsync(sp => sp.GetRequiredService<PeriodReportService>().ForAsync(s.QaLead.Id, ReportPeriod.Month(2026, 3)));

        Assert.NotNull(report);
        Assert.StartsWith("2 deep dive audits were completed in March 2026: 50% (1) were graded inadequate", report.Paragraph[0], StringComparison.Ordinal);
    }

    /// <summary>
    /// The compiled queries (a command's audit statement, the roles, My work's) are compiled once per model: one
    /// compiled on SQLite's model runs on PostgreSQL's in the same process, and back, instead of throwing "executed
    /// with a different model".
    /// </summary>
    [Fact]
    public async Task CompiledQueries_RunOnBothProviders_InOneProcess()
    {
        await using var first = AuditAppFactory.On(DatabaseProvider.Sqlite);
        await using var second = AuditAppFactory.On(DatabaseProvider.Sqlite);

        foreach (var on in new[] { first, App(), second })
        {
            var scenario = await AuditScenario.CreateAsync(on);
            await scenario.ToStateAsync(AuditState.AwaitingModeration);
            var inbox = await on.InScopeAsync(sp => sp.GetRequiredService<InboxService>().ForAsync(scenario.Moderator.Id));
            await scenario.SendAsync(v => new TakeForModerationCommand(scenario.AuditId, v), scenario.Moderator);

            Assert.Equal(InboxTask.Moderate, Assert.Single(inbox).Task);
            Assert.Equal(scenario.Moderator.Id, (await scenario.AuditAsync()).ModerationTakenById);
        }
    }

    private static Task<int> InsertAuditAsync(AuditScenario scenario) =>
        scenario.App.DbAsync(db =>
        {
            db.CaseAudits.Add(new CaseAudit { CaseFileId = scenario.CaseFileId, AuditorId = scenario.OtherAuditor.Id, State = AuditState.Allocated, AllocatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
}
