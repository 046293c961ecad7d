using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Inbox;
using Audit.Workflows.Scale;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Benchmarks;

/// <summary>
/// My work and the audits list, the pages every auditor and QA lead opens first, on a SQLite file holding 100, 10,000
/// or 100,000 audits: seven open audits of one auditor's (allocated through the real handler, so each has its
/// deadline and history), the rest synthetic closed audits in the same team, allocated to their colleagues. Target in
/// issue 12: the 100,000 cost at most twice the 10,000 cost. My work is also what the navigation count shows
/// (<see cref="InboxService"/> keeps its result for the request, so the page and the count share one set of queries).
/// </summary>
[Config(typeof(ShortImportJob))]
[MemoryDiagnoser]
public class ListBenchmarks
{
    private const int OpenAudits = 7;
    private AuditAppFactory app = default!;
    private AuditScenario scenario = default!;

    [Params(100, 10_000, 100_000)]
    public int Audits { get; set; }

    [GlobalSetup]
    public void Setup() => (app, scenario) = Prepared.GetOrAdd(Audits, Prepare).Value;

    /// <summary>
    /// Each size's database is made once per run and shared by every benchmark of that size (they only read), so a
    /// run generates 100,000 audits once, not once per benchmark. The in-process job keeps them in one process; they
    /// are disposed when it exits.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Lazy<(AuditAppFactory, AuditScenario)>> Prepared = new();

    private static Lazy<(AuditAppFactory, AuditScenario)> Prepare(int audits) => new(() =>
    {
        var app = new AuditAppFactory();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var scenario = AuditScenario.CreateAsync(app).GetAwaiter().GetResult();
        for (var i = 2; i <= OpenAudits; i++)
        {
            var caseId = scenario.AddCaseAsync($"LCS-BENCH-{i:D3}").GetAwaiter().GetResult();
            if (!scenario.AllocateAsync(caseId, scenario.Auditor.Id).GetAwaiter().GetResult().Succeeded)
            {
                throw new InvalidOperationException("Could not allocate a benchmark audit.");
            }
        }

        app.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<SyntheticAuditGenerator>().GenerateAsync(audits - OpenAudits);
            return result.Succeeded ? result.Added : throw new InvalidOperationException(result.Problem);
        }).GetAwaiter().GetResult();

        // The generator spreads its audits over every auditor; give the measured auditor's share to a colleague, so
        // what they may see stays the same seven at every size and the benchmark measures what the table's size costs.
        app.DbAsync(db => db.CaseAudits.Where(a => a.IsImported && a.AuditorId == scenario.Auditor.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.AuditorId, scenario.OtherAuditor.Id))).GetAwaiter().GetResult();
        return (app, scenario);
    });

    [Benchmark(Description = "My work, an auditor with 7 open audits")]
    public async Task<int> MyWork()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var items = await scope.ServiceProvider.GetRequiredService<InboxService>().ForAsync(scenario.Auditor.Id);
        return items.Count == OpenAudits ? items.Count : throw new InvalidOperationException($"My work showed {items.Count} items, not {OpenAudits}.");
    }

    [Benchmark(Description = "Audits list, the QA lead's first page of every audit")]
    public async Task<int> AllAudits()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<AuditListService>().AllAsync(new AuditListFilter());
        return page.Total == Audits ? page.Items.Count : throw new InvalidOperationException($"The list counted {page.Total} audits, not {Audits}.");
    }

    [Benchmark(Description = "Audits list, the auditor's first page of what they may see")]
    public async Task<int> AuditorsAudits()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<AuditListService>().VisibleToAsync(scenario.Auditor.Id, new AuditListFilter());
        return page.Total == OpenAudits ? page.Items.Count : throw new InvalidOperationException($"The auditor saw {page.Total} audits, not {OpenAudits}.");
    }

    [Benchmark(Description = "Audits list, in progress, filtered by state")]
    public async Task<int> FilteredByState()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<AuditListService>().AllAsync(new AuditListFilter(State: AuditState.Allocated));
        return page.Total == OpenAudits ? page.Items.Count : throw new InvalidOperationException($"The filter found {page.Total} audits, not {OpenAudits}.");
    }
}
