using Audit.Data.Models;

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
        // The breakdowns, calibration and KPIs add up the period's audits counted in groups in the database, never read one by one.
        var audits = await queries.GroupsAsync(scope, period, cancellationToken);
        var breakdowns = Breakdowns.From(
            audits,
            await queries.SectionGradesAsync(scope, period, cancellationToken),
            await queries.ThemesAsync(scope, period, cancellationToken));
        var measures = await kpis.CountAsync(scope, period, audits, cancellationToken);
        return new Dashboard(report, breakdowns, measures, Calibration.From(audits), await TrendAsync(scope, period, cancellationToken));
    }

    /// <summary>
    /// One bounded count per UK calendar month, grouped by final grade in the database through
    /// IX_CaseAudits_GradeConfirmedAt. The month is not computed in the database: SQLite stores instants as numbers,
    /// and a UK month in summer starts at 23:00 UTC the day before.
    /// </summary>
    private static async Task<IReadOnlyList<TrendMonth>> TrendAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken)
    {
        var first = new DateOnly(period.To.Year, period.To.Month, 1).AddMonths(-(TrendMonths - 1));
        var trend = new List<TrendMonth>(TrendMonths);
        for (var i = 0; i < TrendMonths; i++)
        {
            var day = first.AddMonths(i);
            var month = ReportPeriod.Month(day.Year, day.Month);
            var counts = await ReportQueries.FinalGradeCountsAsync(scope, month, cancellationToken);
            trend.Add(new TrendMonth(month.Name(), GradeRow.Of(month.Name(), counts)));
        }

        return trend;
    }
}
