using Audit.Web.Infrastructure;
using Audit.Workflows.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Reports.DipSamples;

/// <summary>The thematic dip samples within the viewer's reports, newest month first.</summary>
public sealed class IndexModel(DipSampleReports reports) : AuditPageModel
{
    public IReadOnlyList<DipSampleSummary> Batches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await reports.ListAsync(CurrentStaffId, cancellationToken: HttpContext.RequestAborted) is not { } batches)
        {
            return NotFound();
        }

        Batches = batches;
        return Page();
    }
}
