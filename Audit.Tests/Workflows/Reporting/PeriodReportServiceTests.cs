using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Reporting;

/// <summary>The period report on the real database: which audits count, which grade, whose scope.</summary>
public sealed class PeriodReportServiceTests : IAsyncLifetime
{
    private static readonly ReportPeriod March = ReportPeriod.Month(2026, 3);
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private Task<PeriodReport?> ReportAsync(TestStaff viewer, ReportPeriod period) =>
        app.InScopeAsync(sp => sp.GetRequiredService<PeriodReportService>().ForAsync(viewer.Id, period));

    [Fact]
    public async Task Report_CountsTheModeratedGrade_OnlyForAuditsSettledInThePeriod()
    {
        var s = await ReportScenario.CreateAsync(app);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 3, 1), moderatedTo: Grade.Inadequate);
        await s.AddCompletedAsync(Grade.RequiresImprovement, new DateOnly(2026, 3, 15));
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 3, 31), moderated: true);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 4, 1));
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 2, 28));
        await s.AddCompletedAsync(Grade.Inadequate, new DateOnly(2026, 2, 10));
        await s.AddAllocatedAsync(new DateOnly(2026, 4, 2));
        await s.AddAllocatedAsync(new DateOnly(2026, 4, 30));
        await s.AddAllocatedAsync(new DateOnly(2026, 5, 1));

        var report = await ReportAsync(s.QaLead, March);

        Assert.NotNull(report);
        Assert.Equal(
            [
                "3 deep dive audits were completed in March 2026: 33% (1) were graded inadequate, 33% (1) requires improvement to be good and 33% (1) good.",
                "Fewer were graded inadequate than in the previous period (50%); more were graded requires improvement to be good than in the previous period (0%); fewer were graded good than in the previous period (50%).",
                "2 audits are allocated in April 2026.",
            ],
            report.Paragraph);
    }

    [Fact]
    public async Task Report_ForAServiceManager_CountsOnlyTheirServiceArea()
    {
        var s = await ReportScenario.CreateAsync(app);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 3, 2));
        await s.AddCompletedAsync(Grade.Inadequate, new DateOnly(2026, 3, 3), team: s.OtherTeam);
        await s.AddCompletedAsync(Grade.Inadequate, new DateOnly(2026, 3, 4), team: s.OtherTeam);

        var mine = await ReportAsync(s.ServiceManager, March);
        var theirs = await ReportAsync(s.OtherServiceManager, March);
        var director = await ReportAsync(s.AssistantDirector, March);

        Assert.Equal("1 deep dive audit was completed in March 2026: 100% (1) was graded good.", mine!.Kinds.Single().Completed);
        Assert.Equal("2 deep dive audits were completed in March 2026: 100% (2) were graded inadequate.", theirs!.Kinds.Single().Completed);
        Assert.Equal(1, director!.Total);
    }

    [Fact]
    public async Task Report_ForSomeoneWhoSeesNoReports_IsNull()
    {
        var s = await ReportScenario.CreateAsync(app);

        Assert.Null(await ReportAsync(s.Auditor, March));
    }

    [Fact]
    public async Task Report_EmptyPeriod_SaysSo()
    {
        var s = await ReportScenario.CreateAsync(app);

        var report = await ReportAsync(s.QaLead, March);

        Assert.Equal(["No audits were completed in March 2026.", "No audits are allocated in April 2026."], report!.Paragraph);
    }

    [Fact]
    public async Task Report_SupervisionAudits_ReportTheStandard_BesideDeepDives()
    {
        var s = await ReportScenario.CreateAsync(app);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 3, 2), tool: ToolKind.Supervision);
        await s.AddCompletedAsync(Grade.RequiresImprovement, new DateOnly(2026, 3, 2), tool: ToolKind.Supervision);
        await s.AddCompletedAsync(Grade.Outstanding, new DateOnly(2026, 3, 2), tool: ToolKind.Supervision);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 3, 2));

        var report = await ReportAsync(s.QaLead, March);

        Assert.Equal(
            [
                "1 deep dive audit was completed in March 2026: 100% (1) was graded good.",
                "No deep dive audits were completed in the previous period (February 2026).",
                "3 supervision audits were completed in March 2026: 67% (2) met the standard.",
                "No supervision audits were completed in the previous period (February 2026).",
                "No audits are allocated in April 2026.",
            ],
            report!.Paragraph);
    }

    [Fact]
    public async Task Report_MetNotMetTool_WritesTheShareThatMetTheStandard()
    {
        // Hand-computed: 17 met and 3 not met of 20 is 85% (17); the month before, 1 of 2 met: 50%.
        var s = await ReportScenario.CreateAsync(app);
        for (var i = 0; i < 20; i++)
        {
            await s.AddCompletedAsync(i < 17 ? Grade.Met : Grade.NotMet, new DateOnly(2026, 3, 2), tool: ToolKind.Supervision);
        }

        await s.AddCompletedAsync(Grade.Met, new DateOnly(2026, 2, 2), tool: ToolKind.Supervision);
        await s.AddCompletedAsync(Grade.NotMet, new DateOnly(2026, 2, 3), tool: ToolKind.Supervision);

        var report = await ReportAsync(s.QaLead, March);

        var supervision = report!.Kinds.Single(k => k.Kind == ToolKind.Supervision);
        Assert.Equal("20 supervision audits were completed in March 2026: 85% (17) met the standard.", supervision.Completed);
        Assert.Equal("More met the standard than in the previous period (50%).", supervision.Comparison);
        Assert.Equal(17, supervision.MetStandard);
    }
}
