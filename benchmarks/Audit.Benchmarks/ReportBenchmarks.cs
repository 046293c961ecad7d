using Audit.Data;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Reporting;
using Audit.Workflows.Scale;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Benchmarks;

/// <summary>
/// The period report and the dashboard over the last full quarter, on a SQLite file holding 10,000 or 100,000
/// synthetic audits (made once per size with the generate-audits generator). Targets in issue 11: the 100,000 cost
/// at most twice the 10,000 cost; the dashboard under a second at 100,000.
/// </summary>
[Config(typeof(ShortReportJob))]
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private AuditAppFactory app = default!;
    private ReportPeriod period = default!;

    [Params(10_000, 100_000)]
    public int Audits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        app = new AuditAppFactory();
        ReportScenario.CreateAsync(app).GetAwaiter().GetResult();
        app.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<SyntheticAuditGenerator>().GenerateAsync(Audits);
            return result.Succeeded ? result.Added : throw new InvalidOperationException(result.Problem);
        }).GetAwaiter().GetResult();
        var today = UkTime.Today(TimeProvider.System);
        var quarter = (today.Month - 1) / 3 + 1;
        period = ReportPeriod.Quarter(today.Year, quarter).Previous();
    }

    [GlobalCleanup]
    public void Cleanup() => app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Period report, last quarter")]
    public async Task<int> PeriodReport()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var report = await scope.ServiceProvider.GetRequiredService<PeriodReportService>().BuildAsync(db.CaseAudits, period);
        return report.Kinds.Count;
    }

    [Benchmark(Description = "Dashboard, last quarter")]
    public async Task<int> Dashboard()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var dashboard = await scope.ServiceProvider.GetRequiredService<DashboardService>().BuildAsync(db.CaseAudits, period);
        return dashboard.Trend.Count;
    }
}

/// <summary>In process, one launch, one warm-up and five single-call iterations: a run takes minutes, not hours.</summary>
public sealed class ShortReportJob : ManualConfig
{
    public ShortReportJob() => AddJob(Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
}
