using Audit.Data;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Reporting;
using Audit.Workflows.Scale;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Audit.Tests.Workflows.Scale;

/// <summary>The synthetic audit generator's window: a fixed number of audits in a period, the rest outside it.</summary>
public sealed class SyntheticAuditGeneratorTests : IAsyncLifetime
{
    private static readonly ReportPeriod Quarter = ReportPeriod.Quarter(2026, 3);
    private readonly AuditAppFactory app = new() { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero)) };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private Task<SyntheticAuditsResult> GenerateAsync(int count, SyntheticWindow window) =>
        app.InScopeAsync(sp => sp.GetRequiredService<SyntheticAuditGenerator>().GenerateAsync(count, window: window));

    private Task<int> CompletedInAsync(ReportPeriod period) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<PeriodReportService>().BuildAsync(sp.GetRequiredService<AuditDbContext>().CaseAudits, period)).Total);

    [Fact]
    public async Task Window_HoldsExactlyItsAudits_AndTheRestFallOutsideIt()
    {
        await ReportScenario.CreateAsync(app);

        var result = await GenerateAsync(400, new SyntheticWindow(Quarter.From, Quarter.To, 50));

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(50, await CompletedInAsync(Quarter));
        Assert.Equal(400, await CompletedInAsync(new ReportPeriod(new DateOnly(2024, 12, 1), new DateOnly(2026, 12, 2))));
        Assert.True(await CompletedInAsync(Quarter.Previous()) > 0, "the rest are spread over the other months");
    }

    [Fact]
    public async Task Window_OutsideTheLast24Months_IsRefused()
    {
        await ReportScenario.CreateAsync(app);

        var result = await GenerateAsync(10, new SyntheticWindow(new DateOnly(2020, 1, 1), new DateOnly(2020, 3, 31), 5));

        Assert.False(result.Succeeded);
        Assert.Equal(0, await CompletedInAsync(new ReportPeriod(new DateOnly(2020, 1, 1), new DateOnly(2026, 12, 31))));
    }
}
