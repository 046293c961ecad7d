using System.Globalization;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Reports;

/// <summary>
/// What every report page shares: the period picker (two GOV.UK date inputs in the query string, so a report's
/// address can be bookmarked and shared) and the dashboard for the signed-in person's scope.
/// </summary>
public abstract class ReportPageModel(DashboardService dashboards, TimeProvider clock) : AuditPageModel
{
    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public ReportPeriod? Period { get; private set; }
    public Dashboard? Dashboard { get; private set; }
    public IReadOnlyList<(string Name, ReportPeriod Period)> Suggestions { get; private set; } = [];

    /// <summary>Reads the period and builds the dashboard; an invalid period shows its errors and no figures.</summary>
    protected async Task<IActionResult> LoadAsync()
    {
        if (ReadPeriod() is not { } period)
        {
            return Page();
        }

        Dashboard = await dashboards.ForAsync(CurrentStaffId, period, HttpContext.RequestAborted);
        return Dashboard is null ? NotFound() : Page();
    }

    /// <summary>Reads the period alone, for pages that show more than the dashboard; null (with the errors shown) when invalid.</summary>
    protected ReportPeriod? ReadPeriod()
    {
        ModelState.Clear();
        var today = UkTime.Today(clock);
        Suggestions = ReportPeriodInput.Suggestions(today);
        var (period, errors) = ReportPeriodInput.Parse(From, To, today);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (period is null)
        {
            return null;
        }

        Period = period;
        From = DateInput.From(period.From);
        To = DateInput.From(period.To);
        return period;
    }

    /// <summary>The query string that selects a period, for links between the report pages and to downloads.</summary>
    public static string QueryFor(ReportPeriod period) => string.Create(CultureInfo.InvariantCulture,
        $"From.Day={period.From.Day}&From.Month={period.From.Month}&From.Year={period.From.Year}&To.Day={period.To.Day}&To.Month={period.To.Month}&To.Year={period.To.Year}");

    public string Query => Period is null ? string.Empty : QueryFor(Period);
}
