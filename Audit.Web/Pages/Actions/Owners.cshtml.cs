using Audit.Web.Infrastructure;
using Audit.Workflows.Actions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Actions;

/// <summary>A QA lead's list of staff who may own actions on any audit (only QA leads: see <see cref="PageAuthorization"/>).</summary>
public sealed class OwnersModel(AllowedActionOwners owners) : AuditPageModel
{
    [BindProperty]
    public string? StaffId { get; set; }

    public IReadOnlyList<Audit.Data.Models.StaffMember> Allowed { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Candidates { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync() => await SetAsync(allowed: true, "They can now be chosen as the owner of any action");

    public async Task<IActionResult> OnPostRemoveAsync() => await SetAsync(allowed: false, "They can no longer be chosen as the owner of an action outside their cases");

    private async Task<IActionResult> SetAsync(bool allowed, string success)
    {
        var result = await owners.SetAsync(StaffId, allowed, CurrentStaffId, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess(success, "/Actions/Owners");
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Allowed = await owners.ListAsync(HttpContext.RequestAborted);
        Candidates = (await owners.CandidatesAsync(HttpContext.RequestAborted)).Select(s => new SelectListItem(s.FullName, s.Id)).ToList();
    }
}
