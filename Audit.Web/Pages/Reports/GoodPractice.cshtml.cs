using Audit.Data.Models;
using Audit.Workflows.Reporting;

namespace Audit.Web.Pages.Reports;

/// <summary>Confirmed good and outstanding audits recognised as examples of good practice, within the viewer's scope.</summary>
public sealed class GoodPracticeModel(DashboardService dashboards, ReportQueries queries, GoodPracticeQueries goodPractice, TimeProvider clock)
    : LearningPageModel(dashboards, queries, clock)
{
    public IReadOnlyList<GoodPracticeExample> Examples { get; private set; } = [];

    protected override string FileName => "audit-good-practice";

    protected override async Task<IReadOnlyList<ReportTable>> BuildAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken)
    {
        Examples = await goodPractice.ExamplesAsync(scope, period, cancellationToken);
        return [GoodPracticeQueries.ExamplesTable(Examples)];
    }
}
