using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.DeepDive;

/// <summary>One open audit per case, enforced by the database and not only by a check before the transaction.</summary>
public sealed class OneOpenAuditPerCaseTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TwoQaLeadsAllocatingTheSameCaseAtOnce_LeaveExactlyOneOpenAudit_AndTheOtherIsToldClearly()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var secondLead = await TestData.AQaLead().Named("Lee Second").CreateAsync(app);
        // Several cases raced at once, so that both allocations pass the check before either saves at least once.
        var cases = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            cases.Add(await scenario.AddCaseAsync($"LCS-RACE-{i}"));
        }

        using var start = new ManualResetEventSlim(false);
        Task<CommandResult<CaseAudit>> Allocate(int caseId, TestStaff lead, TestStaff auditor) => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<AllocateHandler>();
            start.Wait();
            return await handler.HandleAsync(new AllocateCommand(caseId, auditor.Id, null), lead.Id);
        });

        var races = cases.Select(id => (id, Allocate(id, scenario.QaLead, scenario.Auditor), Allocate(id, secondLead, scenario.OtherAuditor))).ToList();
        start.Set();
        await Task.WhenAll(races.SelectMany(r => new[] { r.Item2, r.Item3 }));

        foreach (var (caseId, first, second) in races)
        {
            var results = new[] { await first, await second };
            Assert.Single(results, r => r.Succeeded);
            var refused = Assert.Single(results, r => !r.Succeeded);
            var reference = await app.DbAsync(db => db.CaseFiles.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());
            Assert.Equal($"Case {reference} already has an open audit", refused.Outcome.Errors.Single().Value);
            Assert.Equal(1, await app.DbAsync(db => db.CaseAudits.CountAsync(a => a.CaseFileId == caseId)));
        }
    }

    [Fact]
    public async Task TheDatabase_RefusesASecondOpenAuditOfACase_ButNotAfterTheFirstCloses()
    {
        var scenario = await AuditScenario.CreateAsync(app);

        var second = await Record.ExceptionAsync(() => InsertAuditAsync(scenario, AuditState.Allocated));
        await scenario.ToStateAsync(AuditState.Cancelled);
        await InsertAuditAsync(scenario, AuditState.Allocated);

        Assert.IsType<DbUpdateException>(second);
        Assert.Equal(2, await app.DbAsync(db => db.CaseAudits.CountAsync(a => a.CaseFileId == scenario.CaseFileId)));
    }

    private Task<int> InsertAuditAsync(AuditScenario scenario, AuditState state) =>
        app.DbAsync(db =>
        {
            db.CaseAudits.Add(new CaseAudit { CaseFileId = scenario.CaseFileId, AuditorId = scenario.OtherAuditor.Id, State = state, AllocatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
}
