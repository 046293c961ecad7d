using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Web.Infrastructure;
using Audit.Workflows.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Retention;

public sealed class RetentionRuleTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task EveryEntityWithFreeText_IsCoveredByTheRule()
    {
        var covered = await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<RetentionRule>().CoveredTypes));
        var withFreeText = await app.DbAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(t => RetentionRule.FreeTextProperties(t).Count > 0).ToList()));

        Assert.NotEmpty(withFreeText);
        Assert.All(withFreeText, type => Assert.Contains(type, covered));
    }

    [Fact]
    public async Task DryRun_ListsExactlyTheAuditsClosedLongerAgo_AndTheRealRunChangesOnlyThose()
    {
        var old = await ClosedAuditAsync(yearsAgo: 7);
        var recent = await ClosedAuditAsync(yearsAgo: 1);
        var recentBefore = await SnapshotAsync(recent.AuditId);
        var oldGrades = await GradesAsync(old.AuditId);

        var dryRun = await app.InScopeAsync(sp => sp.GetRequiredService<RetentionRule>().DryRunAsync(6));
        var applied = await app.InScopeAsync(sp => sp.GetRequiredService<RetentionRule>().ApplyAsync(6));
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<RetentionRule>().DryRunAsync(6));

        var listed = Assert.Single(dryRun);
        Assert.Equal(old.AuditId, listed.AuditId);
        Assert.True(listed.TextsToRemove > 0);
        Assert.Equal(dryRun, applied);
        Assert.Empty(again);
        Assert.All(await SnapshotAsync(old.AuditId), text => Assert.True(text is null or RetentionRule.Removed, $"Left behind: {text}"));
        Assert.Equal(oldGrades, await GradesAsync(old.AuditId));
        Assert.Equal(recentBefore, await SnapshotAsync(recent.AuditId));
        Assert.True(await app.DbAsync(db => db.AuditHistory.AnyAsync(h => h.CaseAuditId == old.AuditId && h.Trigger == RetentionRule.HistoryTrigger)));
    }

    [Fact]
    public async Task CommandLine_WithNoRetentionPeriod_SaysHowToSetOne_AndChangesNothing()
    {
        using var errors = new StringWriter();

        var exitCode = await CommandLine.RetentionAsync(app.Services, [], TextWriter.Null, errors);

        Assert.Equal(2, exitCode);
        Assert.Contains("Retention:YearsAfterClosure", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLine_DryRunByDefault_ListsReferencesOnly()
    {
        var old = await ClosedAuditAsync(yearsAgo: 3);
        using var output = new StringWriter();

        var exitCode = await CommandLine.RetentionAsync(app.Services, ["--years", "2"], output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Contains($"AUD-{old.AuditId:D6}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Dry run: 1 audits would have their free text removed", output.ToString(), StringComparison.Ordinal);
        Assert.NotEqual([], (await SnapshotAsync(old.AuditId)).Where(t => t is not null and not RetentionRule.Removed));
    }

    private async Task<AuditScenario> ClosedAuditAsync(int yearsAgo)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.Closed);
        await app.DbAsync(db => db.CaseAudits.Where(a => a.Id == scenario.AuditId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClosedAt, DateTimeOffset.UtcNow.AddYears(-yearsAgo))));
        return scenario;
    }

    /// <summary>Every free-text value recorded on the audit, in a fixed order.</summary>
    private Task<List<string?>> SnapshotAsync(int auditId) => app.DbAsync(async db =>
    {
        var texts = new List<string?>();
        void Add(object row) => texts.AddRange(RetentionRule.FreeTextProperties(row.GetType()).Select(p => (string?)p.GetValue(row)));
        (await db.CaseAudits.AsNoTracking().Where(a => a.Id == auditId).ToListAsync()).ForEach(Add);
        (await db.AuditRecords.AsNoTracking().Where(r => r.CaseAuditId == auditId).ToListAsync()).ForEach(Add);
        (await db.SectionResponses.AsNoTracking().Where(r => r.CaseAuditId == auditId).OrderBy(r => r.Id).ToListAsync()).ForEach(Add);
        (await db.AuditActions.AsNoTracking().Where(a => a.CaseAuditId == auditId).OrderBy(a => a.Id).ToListAsync()).ForEach(Add);
        (await db.AuditHistory.AsNoTracking().Where(h => h.CaseAuditId == auditId && h.Trigger != RetentionRule.HistoryTrigger).OrderBy(h => h.Id).ToListAsync()).ForEach(Add);
        return texts;
    });

    private Task<List<string>> GradesAsync(int auditId) => app.DbAsync(async db =>
        (await db.SectionResponses.AsNoTracking().Where(r => r.CaseAuditId == auditId).OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"{r.Grade}/{r.ModeratedGrade}")
            .Append((await db.CaseAudits.AsNoTracking().SingleAsync(a => a.Id == auditId)).FinalGrade?.ToString() ?? "none").ToList());
}
