using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Programme;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Benchmarks;

/// <summary>
/// The QA lead confirming a proposal of 500 cases (<see cref="ConfirmProposalHandler"/>: the rules checked again,
/// 500 audits started with their deadlines and history, one digest per auditor). The cycle is opened, drawn and
/// proposed once through the real handlers over 500 cases and 20 auditors; each iteration confirms it on a fresh
/// copy of that database. Target in issue 10: allocating 500 cases completes in seconds, not minutes.
/// </summary>
[Config(typeof(ShortImportJob))]
[MemoryDiagnoser]
public class ConfirmProposalBenchmarks
{
    public const int Cases = 500;
    private const int Auditors = 20;
    private const int Practitioners = 10;

    private AuditAppFactory app = default!;
    private DatabaseSnapshot proposed = default!;
    private TestStaff qaLead = default!;
    private int cycleId;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        app = new AuditAppFactory();
        qaLead = await TestData.AQaLead().CreateAsync(app);
        var team = await TestData.ATeam().Named("Assessment team").CreateAsync(app);
        var practitioners = new List<string>();
        for (var p = 0; p < Practitioners; p++)
        {
            practitioners.Add((await TestData.AStaffMember().WithRoles(Roles.Practitioner).InTeam(team.TeamId).CreateAsync(app)).Id);
        }

        for (var a = 0; a < Auditors; a++)
        {
            var auditor = await TestData.AStaffMember().WithRoles(Roles.Auditor).CreateAsync(app);
            await app.DbAsync(db => db.Users.Where(u => u.Id == auditor.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.MonthlyAuditCapacity, StaffLimits.MaxMonthlyAuditCapacity)));
        }

        await app.DbAsync(db =>
        {
            for (var i = 1; i <= Cases; i++)
            {
                db.CaseFiles.Add(new CaseFile
                {
                    Reference = $"LCS-{i:D6}", CaseType = CaseType.ChildInNeed, TeamId = team.TeamId,
                    PractitionerId = practitioners[i % Practitioners], CreatedAt = DateTimeOffset.UtcNow,
                });
            }

            return db.SaveChangesAsync();
        });

        cycleId = await app.InScopeAsync(async sp =>
        {
            var today = UkTime.Today(TimeProvider.System);
            var month = new DateOnly(today.Year, today.Month, 1);
            var opened = await sp.GetRequiredService<OpenCycleHandler>().HandleAsync(
                new OpenCycleCommand(month, today.AddDays(20), [new PlannedAudits(team.ServiceAreaId, ToolKind.DeepDive, Cases)]), qaLead.Id, CommandResult.Success);
            Expect(opened.Outcome);
            var drawn = await sp.GetRequiredService<DrawCasesHandler>().HandleAsync(
                new DrawCasesCommand(opened.Value!.Id, team.ServiceAreaId, CaseType.ChildInNeed, Cases, 12, 2026, null), qaLead.Id, CommandResult.Success);
            Expect(drawn.Outcome);
            Expect(await sp.GetRequiredService<ProposeAllocationHandler>().HandleAsync(new ProposeAllocationCommand(opened.Value.Id), qaLead.Id));
            return opened.Value.Id;
        });
        var withAuditor = await app.DbAsync(db => db.CycleCases.CountAsync(c => c.AuditCycleId == cycleId && c.ProposedAuditorId != null));
        if (withAuditor != Cases)
        {
            throw new InvalidOperationException($"Only {withAuditor} of {Cases} cases have a proposed auditor");
        }

        var connectionString = await app.DbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        proposed = new DatabaseSnapshot(connectionString, Path.Combine(app.Folder, "prepared-proposed.db"));
        proposed.Take();
    }

    [GlobalCleanup]
    public void Cleanup() => app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup]
    public void BeforeConfirm() => proposed.Restore();

    [Benchmark(Description = "Confirm a proposal of 500 cases")]
    public async Task<int> Confirm()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Audit.Data.AuditDbContext>();
        var version = await db.AuditCycles.AsNoTracking().Where(c => c.Id == cycleId).Select(c => c.Version).SingleAsync();
        var result = await scope.ServiceProvider.GetRequiredService<ConfirmProposalHandler>().HandleAsync(new ConfirmProposalCommand(cycleId, version), qaLead.Id);
        Expect(result.Outcome);
        return result.Value == Cases ? Cases : throw new InvalidOperationException($"Confirmed {result.Value} of {Cases}");
    }

    private static void Expect(CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Value)));
        }
    }
}
