using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Allocation;
using Audit.Workflows.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Programme;

/// <summary>One drawn case: change who it is proposed to, or take it out of the programme.</summary>
public sealed class LineModel(CycleQueries cycles, CaseService cases, ChangeProposalHandler change, RemoveCycleCaseHandler remove) : AuditPageModel
{
    [BindProperty]
    public LineInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public CycleLine Line { get; private set; } = default!;
    public int CycleId { get; private set; }
    public string CycleName { get; private set; } = string.Empty;
    public IReadOnlyList<SelectListItem> Auditors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.AuditorId = Line.AuditorId;
        Version = Line.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(Input.AuditorId))
        {
            ModelState.AddModelError("Input.AuditorId", "Select an auditor");
        }

        var result = await change.HandleAsync(new ChangeProposalCommand(id, Version, Input.AuditorId), CurrentStaffId, FormErrors(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ReplaceErrors(result);
            return Page();
        }

        return RedirectWithSuccess($"Case {Line.CaseReference} proposed to {Auditors.First(a => a.Value == Input.AuditorId).Text.Split(" (")[0]}", "/Admin/Programme/Cycle", new { id = CycleId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await remove.HandleAsync(new RemoveCycleCaseCommand(id, Version), CurrentStaffId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ReplaceErrors(result);
            return Page();
        }

        return RedirectWithSuccess($"Case {Line.CaseReference} taken out of the {CycleName} programme", "/Admin/Programme/Cycle", new { id = CycleId });
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await cycles.LineAsync(id, HttpContext.RequestAborted) is not { } found || found.Line.Status != CycleCaseStatus.Proposed)
        {
            return false;
        }

        (Line, CycleId, CycleName) = found;
        Auditors = (await cases.AuditorsAsync(HttpContext.RequestAborted))
            .Select(a => new SelectListItem($"{a.FullName} ({a.OpenAudits} open {(a.OpenAudits == 1 ? "audit" : "audits")})", a.Id)).ToList();
        return true;
    }

    public sealed class LineInput
    {
        public string? AuditorId { get; set; }
    }
}
