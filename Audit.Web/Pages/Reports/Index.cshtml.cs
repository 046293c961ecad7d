using Audit.Workflows.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Reports;

/// <summary>The period report: the committee paragraph, counts by grade, KPIs and the trend by month.</summary>
public sealed class IndexModel(DashboardService dashboards, TimeProvider clock) : ReportPageModel(dashboards, clock)
{
    public Task<IActionResult> OnGetAsync() => LoadAsync();
}
