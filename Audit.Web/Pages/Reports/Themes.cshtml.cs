using Audit.Data.Models;
using Audit.Workflows.Reporting;

namespace Audit.Web.Pages.Reports;

/// <summary>
/// Each learning theme of the period's audits: how many audits, and the strengths and areas for development their
/// auditors wrote, without the audit, case, team or practitioner — for practice and performance meetings. Only
/// audits within the viewer's reports are read, so no one sees text from an audit outside their scope.
/// </summary>
public sealed class ThemesModel(DashboardService dashboards, ReportQueries queries, GoodPracticeQueries goodPractice, TimeProvider clock)
    : LearningPageModel(dashboards, queries, clock)
{
    public IReadOnlyList<ThemeLearning> Themes { get; private set; } = [];

    protected override string FileName => "audit-themes";

    protected override async Task<IReadOnlyList<ReportTable>> BuildAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken)
    {
        Themes = await goodPractice.ThemesAsync(scope, period, cancellationToken);
        return [GoodPracticeQueries.ThemeCounts(Themes), GoodPracticeQueries.LearningTable(Themes)];
    }
}
