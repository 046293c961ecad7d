using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.DeepDive;
using Audit.Workflows.ImmediateResponses;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.ImmediateResponses;

/// <summary>The auditor tells the team manager and service manager at once that a child may be at risk now.</summary>
public sealed class RaiseModel(AuditAccess access, ImmediateResponseService service) : AuditPageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public RaiseInput Input { get; set; } = new();

    public CaseAudit Audit { get; private set; } = default!;

    /// <summary>Why this person cannot raise one here, in the service's words; null when they can.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var result = await service.RaiseAsync(new RaiseImmediateResponseCommand(Id, Input.Risk, Input.NeededNow), CurrentStaffId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            AddErrors(result.Outcome);
            return Page();
        }

        var raised = await service.FindAsync(Id, result.Value!.Id, CurrentStaffId, HttpContext.RequestAborted);
        var told = raised!.Response.Acknowledgements.Select(a => $"{a.StaffMember?.FullName} ({a.AskedAs.ToLowerInvariant()})").ToList();
        var who = told.Count == 1 ? $"{told[0]} has" : $"{string.Join(", ", told[..^1])} and {told[^1]} have";
        return RedirectWithSuccess($"You have raised an immediate response. {who} been told", "/Audits/DeepDive/Index", new { id = Id });
    }

    private async Task<bool> LoadAsync()
    {
        var audit = await access.FindVisibleAsync(Id, CurrentStaffId, cancellationToken: HttpContext.RequestAborted);
        if (audit is null)
        {
            return false;
        }

        Audit = audit;
        Refusal = await service.RefusalToRaiseAsync(audit, CurrentStaffId, HttpContext.RequestAborted);
        return true;
    }

    public sealed class RaiseInput
    {
        [DataType(DataType.MultilineText)]
        public string? Risk { get; set; }
        [DataType(DataType.MultilineText)]
        public string? NeededNow { get; set; }
    }
}
