using Audit.Web.Infrastructure;
using Audit.Workflows.Reporting;
using Audit.Workflows.Reporting.Exports;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Reports.DipSamples;

/// <summary>One thematic dip sample reported together: its audits and, over those completed, each question's grades.</summary>
public sealed class BatchModel(DipSampleReports reports) : AuditPageModel
{
    public DipSampleReport Report { get; private set; } = default!;

    public bool IsQaLead => User.IsInRole(Audit.Data.Models.Roles.QaLead);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await reports.FindAsync(id, CurrentStaffId, HttpContext.RequestAborted) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }

    /// <summary>The questions table as CSV, written like every report table.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(int id)
    {
        if (await reports.FindAsync(id, CurrentStaffId, HttpContext.RequestAborted) is not { } report)
        {
            return NotFound();
        }

        return File(CsvExport.Write(report.Questions), "text/csv; charset=utf-8", $"thematic-dip-sample-{id}-{report.Questions.Id}.csv");
    }
}
