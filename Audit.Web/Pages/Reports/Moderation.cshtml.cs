using Audit.Workflows.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Reports;

/// <summary>Moderation and calibration: how often grades are moderated, agreed, raised and lowered, per auditor and service area.</summary>
public sealed class ModerationModel(DashboardService dashboards, TimeProvider clock) : ReportPageModel(dashboards, clock)
{
    public Task<IActionResult> OnGetAsync() => LoadAsync();
}
