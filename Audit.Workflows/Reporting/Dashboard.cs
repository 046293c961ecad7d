using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Reporting;

/// <summary>One month of the trend: audits whose grade was settled that month, by final grade.</summary>
public sealed record TrendMonth(string Month, GradeRow Grades);

/// <summary>Everything the reporting pages show for a period and a viewer's scope.</summary>
public sealed record Dashboard(PeriodReport Report, Breakdowns Breakdowns, Kpis Kpis, Calibration Calibration, IReadOnlyList<TrendMonth> Trend);

public sealed class DashboardService(ReportQueries queries, KpiQueries kpis, PeriodReportService reports)
{
    /// <summary>How many months the trend shows, ending with the period's last month.</summary>
    public const int TrendMonths = 12;

    /// <summary>The dashboard for what this person may see, or null when they see no reports.</summary>
    public async Task<Dashboard?> ForAsync(string staffId, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var scope = await queries.ScopeAsync(staffId, cancellationToken);
        return scope is null ? null : await BuildAsync(scope, period, cancellationToken);
    }

    /// <summary>The dashboard over <paramref name="scope"/>: every audit for the command line, a person's scope for the pages.</summary>
    public async Task<Dashboard> BuildAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var report = await reports.BuildAsync(scope, period, cancellationToken);
        var audits = await queries.CompletedAsync(scope, period, cancellationToken);
        var breakdowns = Breakdowns.From(
            audits,
            await queries.SectionGradesAsync(scope, period, cancellationToken),
            await queries.ThemesAsync(scope, period, cancellationToken));
        var measures = await kpis.CountAsync(scope, period, audits, cancellationToken);
        return new Dashboard(report, breakdowns, measures, Calibration.From(audits), await TrendAsync(scope, period, cancellationToken));
    }

    private async Task<IReadOnlyList<TrendMonth>> TrendAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken)
    {
        var last = ReportPeriod.Month(period.To.Year, period.To.Month);
        var first = last.From.AddMonths(-(TrendMonths - 1));
        var window = new ReportPeriod(first, last.To);
        // Two columns only: the trend spans twelve months, so the report's full projection (five joins) would read
        // most of the table at scale (docs/performance.md).
        var audits = await ReportQueries.CompletedIn(scope, window).AsNoTracking()
            .Select(a => new { ConfirmedAt = a.GradeConfirmedAt!.Value, FinalGrade = a.FinalGrade!.Value })
            .ToListAsync(cancellationToken);
        var byMonth = audits.ToLookup(a =>
        {
            var uk = UkTime.ToUk(a.ConfirmedAt);
            return (uk.Year, uk.Month);
        });
        return Enumerable.Range(0, TrendMonths)
            .Select(i => first.AddMonths(i))
            .Select(m => new TrendMonth(ReportPeriod.Month(m.Year, m.Month).Name(), GradeRow.Of(ReportPeriod.Month(m.Year, m.Month).Name(), byMonth[(m.Year, m.Month)].Select(a => a.FinalGrade))))
            .ToList();
    }
}
