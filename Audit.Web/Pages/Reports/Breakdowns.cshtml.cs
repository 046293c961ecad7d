using Audit.Workflows.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Reports;

/// <summary>The period's audits by service area, team, audit tool, section (weakest first) and learning theme.</summary>
public sealed class BreakdownsModel(DashboardService dashboards, TimeProvider clock) : ReportPageModel(dashboards, clock)
{
    public Task<IActionResult> OnGetAsync() => LoadAsync();
}
