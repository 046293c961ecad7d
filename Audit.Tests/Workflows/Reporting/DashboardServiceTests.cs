using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Reports;
using Audit.Workflows.Common;
using Audit.Workflows.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Reporting;

/// <summary>The dashboard on the real database: the trend's UK months, and the figures built from the period's audits.</summary>
public sealed class DashboardServiceTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private Task<Dashboard?> DashboardAsync(TestStaff viewer, ReportPeriod period) =>
        app.InScopeAsync(sp => sp.GetRequiredService<DashboardService>().ForAsync(viewer.Id, period));

    [Fact]
    public async Task Trend_CountsTwelveUkMonths_AcrossTheYearBoundary()
    {
        var s = await ReportScenario.CreateAsync(app);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2025, 2, 28));
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2025, 3, 1));
        await s.AddCompletedAsync(Grade.Inadequate, new DateOnly(2025, 12, 31));
        await s.AddCompletedAsync(Grade.RequiresImprovement, new DateOnly(2026, 1, 1));
        await s.AddCompletedAsync(Grade.RequiresImprovement, new DateOnly(2026, 1, 31), team: s.OtherTeam);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 2, 28), moderatedTo: Grade.RequiresImprovement);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 3, 1));
        // British Summer Time: 23:30 UK on 31 May is 22:30 UTC (May); 00:30 UK on 1 June is 23:30 UTC on 31 May (June).
        await ConfirmedAtAsync(await s.AddCompletedAsync(Grade.Good, new DateOnly(2025, 5, 31)), new DateTimeOffset(2025, 5, 31, 22, 30, 0, TimeSpan.Zero));
        await ConfirmedAtAsync(await s.AddCompletedAsync(Grade.Outstanding, new DateOnly(2025, 6, 1)), new DateTimeOffset(2025, 5, 31, 23, 30, 0, TimeSpan.Zero));

        var trend = (await DashboardAsync(s.QaLead, ReportPeriod.Month(2026, 2)))!.Trend;

        Assert.Equal(
            [
                ("March 2025", 1), ("April 2025", 0), ("May 2025", 1), ("June 2025", 1), ("July 2025", 0), ("August 2025", 0),
                ("September 2025", 0), ("October 2025", 0), ("November 2025", 0), ("December 2025", 1), ("January 2026", 2), ("February 2026", 1),
            ],
            trend.Select(t => (t.Month, t.Grades.Total)));
        Assert.Equal(new GradeRow("June 2025", 1, 0, 0, 0, 1), trend.Single(t => t.Month == "June 2025").Grades);
        Assert.Equal(new GradeRow("January 2026", 2, 0, 2, 0, 0), trend.Single(t => t.Month == "January 2026").Grades);
        Assert.Equal(new GradeRow("February 2026", 1, 0, 1, 0, 0), trend.Single(t => t.Month == "February 2026").Grades);
    }

    [Fact]
    public async Task Trend_ForAServiceManager_CountsOnlyTheirServiceArea()
    {
        var s = await ReportScenario.CreateAsync(app);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 1, 10));
        await s.AddCompletedAsync(Grade.Inadequate, new DateOnly(2026, 1, 11), team: s.OtherTeam);

        var trend = (await DashboardAsync(s.ServiceManager, ReportPeriod.Month(2026, 1)))!.Trend;

        Assert.Equal(new GradeRow("January 2026", 1, 0, 0, 1, 0), trend[^1].Grades);
    }

    [Fact]
    public async Task Dashboard_BreakdownsKpisAndCalibration_CountThePeriodsAudits()
    {
        var s = await ReportPagesTests.SeedAsync(app);

        var d = (await DashboardAsync(s.QaLead, ReportPeriod.Month(2026, 2)))!;

        Assert.Equal(
            [new GradeRow(s.Team.ServiceAreaName, 8, 1, 3, 4, 0), new GradeRow(s.OtherTeam.ServiceAreaName, 2, 2, 0, 0, 0)],
            d.Breakdowns.ByServiceArea);
        Assert.Equal([$"Assessment team ({s.Team.ServiceAreaName})", $"Court team ({s.OtherTeam.ServiceAreaName})"], d.Breakdowns.ByTeam.Select(r => r.Name));
        Assert.Equal(10, d.Breakdowns.ByTool.Single().Total);
        Assert.Equal([("Planning and review", 4, 1, 3), ("Recording", 8, 0, 0)], d.Breakdowns.BySection.Select(r => (r.Name, r.Total, r.Inadequate, r.RequiresImprovement)));
        Assert.Equal([new ThemeRow("Drift and delay", 4, 40), new ThemeRow("Voice of the child", 1, 10)], d.Breakdowns.ByTheme);
        Assert.Equal(new CalibrationRow("All audits", 10, 4, 3, 0, 1), d.Calibration.Overall);
        Assert.Equal(
            [new CalibrationRow("Avery Auditor", 8, 2, 1, 0, 1), new CalibrationRow("Blake Auditor", 2, 2, 2, 0, 0)],
            d.Calibration.ByAuditor);
        Assert.Equal(
            [("Child and family feedback sought", 4, 10), ("Child and family feedback obtained, where sought", 2, 4),
                ("Discussion with the practitioner held", 6, 10), ("Audits submitted by their due date", 10, 10)],
            d.Kpis.Measures.Take(4).Select(m => (m.Name, m.Count, m.OutOf)));
    }

    /// <summary>
    /// June 2026 (British Summer Time), ten audits hand-counted through the grouped counts: Avery 6 (raised 1, lowered 2,
    /// agreed 2, 1 not moderated), Blake 3 (lowered 1, agreed 2), one historic import by "Sam Former" (not in Audit).
    /// Two submissions straddle UK midnight on their due date: 22:30 UTC is on time, 23:30 UTC is the next UK day.
    /// </summary>
    [Fact]
    public async Task Dashboard_GroupedCounts_MatchAHandCountedFixture()
    {
        var s = await ReportScenario.CreateAsync(app);
        var day = new DateOnly(2026, 6, 12);
        var due = new DateOnly(2026, 6, 10);
        await s.AddCompletedAsync(Grade.RequiresImprovement, day, moderatedTo: Grade.Good, feedbackSought: true, feedbackObtained: true, discussionHeld: true,
            themes: ["Drift and delay"]);
        await s.AddCompletedAsync(Grade.Good, day, moderatedTo: Grade.RequiresImprovement, feedbackSought: true, feedbackObtained: false, discussionHeld: false,
            themes: ["Drift and delay"]);
        await s.AddCompletedAsync(Grade.Good, day, moderatedTo: Grade.Inadequate, feedbackSought: false, discussionHeld: true);
        await SubmittedAtAsync(await s.AddCompletedAsync(Grade.Good, day, moderated: true, dueDate: due), new DateTimeOffset(2026, 6, 10, 23, 30, 0, TimeSpan.Zero));
        await s.AddCompletedAsync(Grade.Outstanding, day, moderated: true, tool: ToolKind.Supervision);
        await s.AddCompletedAsync(Grade.Inadequate, day, team: s.OtherTeam, dueDate: new DateOnly(2026, 6, 11));
        await s.AddCompletedAsync(Grade.Good, day, moderatedTo: Grade.RequiresImprovement, team: s.OtherTeam, auditor: s.OtherAuditor);
        await s.AddCompletedAsync(Grade.RequiresImprovement, day, moderated: true, team: s.OtherTeam, auditor: s.OtherAuditor);
        await SubmittedAtAsync(await s.AddCompletedAsync(Grade.Good, day, moderated: true, auditor: s.OtherAuditor, dueDate: due),
            new DateTimeOffset(2026, 6, 10, 22, 30, 0, TimeSpan.Zero));
        var imported = await s.AddCompletedAsync(Grade.Good, day, auditor: s.OtherAuditor, feedbackSought: true, feedbackObtained: false);
        await app.DbAsync(db => db.CaseAudits.Where(a => a.Id == imported)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.IsImported, true).SetProperty(a => a.ImportedAuditorName, "Sam Former")));
        await s.AddCompletedAsync(Grade.Inadequate, new DateOnly(2026, 5, 31), moderatedTo: Grade.Good);

        var d = (await DashboardAsync(s.QaLead, ReportPeriod.Month(2026, 6)))!;

        var area = s.Team.ServiceAreaName;
        var otherArea = s.OtherTeam.ServiceAreaName;
        Assert.Equal([new GradeRow(area, 7, 1, 1, 4, 1), new GradeRow(otherArea, 3, 1, 2, 0, 0)], d.Breakdowns.ByServiceArea);
        Assert.Equal([new GradeRow($"Assessment team ({area})", 7, 1, 1, 4, 1), new GradeRow($"Court team ({otherArea})", 3, 1, 2, 0, 0)], d.Breakdowns.ByTeam);
        Assert.Equal([new GradeRow("Deep dive case audit", 9, 2, 3, 4, 0), new GradeRow("Supervision audit", 1, 0, 0, 0, 1)], d.Breakdowns.ByTool);
        Assert.Equal([new ThemeRow("Drift and delay", 2, 20)], d.Breakdowns.ByTheme);
        Assert.Equal(new CalibrationRow("All audits", 10, 8, 4, 1, 3), d.Calibration.Overall);
        Assert.Equal(
            [new CalibrationRow("Avery Auditor", 6, 5, 2, 1, 2), new CalibrationRow("Blake Auditor", 3, 3, 2, 0, 1), new CalibrationRow("Sam Former", 1, 0, 0, 0, 0)],
            d.Calibration.ByAuditor);
        Assert.Equal([new CalibrationRow(area, 7, 6, 3, 1, 2), new CalibrationRow(otherArea, 3, 2, 1, 0, 1)], d.Calibration.ByServiceArea);
        Assert.Equal(
            [("Child and family feedback sought", 3, 10), ("Child and family feedback obtained, where sought", 1, 3),
                ("Discussion with the practitioner held", 2, 9), ("Audits submitted by their due date", 7, 9)],
            d.Kpis.Measures.Take(4).Select(m => (m.Name, m.Count, m.OutOf)));
    }

    private Task<int> SubmittedAtAsync(int auditId, DateTimeOffset at) =>
        app.DbAsync(db => db.CaseAudits.Where(a => a.Id == auditId).ExecuteUpdateAsync(u => u.SetProperty(a => a.SubmittedAt, at)));

    private Task<int> ConfirmedAtAsync(int auditId, DateTimeOffset at) =>
        app.DbAsync(db => db.CaseAudits.Where(a => a.Id == auditId).ExecuteUpdateAsync(u => u.SetProperty(a => a.GradeConfirmedAt, at)));
}
