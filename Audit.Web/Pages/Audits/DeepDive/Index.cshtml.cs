using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Web.Pages.Audits.ImmediateResponses;
using Audit.Workflows.DeepDive;
using Audit.Workflows.ImmediateResponses;
using Audit.Workflows.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.DeepDive;

/// <summary>The audit's own page: what it is, where it is, what this person may do next, and what has happened.</summary>
public sealed class IndexModel(AuditOverviews records, ImmediateResponseService immediateResponses, DipSampleReports dipSamples) : AuditPageModel
{
    [FromRoute]
    public int Id { get; set; }

    public AuditOverview Record { get; private set; } = default!;

    public CaseAudit Audit => Record.Audit;

    public IReadOnlyList<AuditLinks.ActionLink> Buttons { get; private set; } = [];

    /// <summary>True when this person is the auditor and the audit's answers may still be recorded.</summary>
    public bool CanRecord { get; private set; }

    public ImmediateResponsesModel ImmediateResponses { get; private set; } = default!;

    /// <summary>The thematic dip sample this audit belongs to, if any.</summary>
    public DipSampleMembership? DipSample { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var record = await records.FindAsync(Id, CurrentStaffId);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        Buttons = AuditLinks.Buttons(Id, record.Permitted);
        CanRecord = record.Permitted.Contains(AuditTrigger.RecordAnswers);
        DipSample = await dipSamples.MembershipAsync(record.Audit.DipSampleBatchId, CurrentStaffId, HttpContext.RequestAborted);
        ImmediateResponses = new ImmediateResponsesModel(Id,
            record.FindingsReleased ? await immediateResponses.ForAuditAsync(Id, HttpContext.RequestAborted) : [],
            record.Permitted.Contains(AuditTrigger.RaiseImmediateResponse));
        return Page();
    }
}
