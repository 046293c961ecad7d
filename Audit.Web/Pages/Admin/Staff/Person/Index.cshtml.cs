using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Staff.Person;

public sealed class IndexModel(StaffService staff, InvitationService invitations) : AuditPageModel
{
    public StaffProfile Person { get; private set; } = default!;

    public bool IsSelf => Person.Id == CurrentStaffId;

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReactivateAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await staff.ReactivateAsync(id, CurrentStaffId, HttpContext.RequestAborted);
        return await ResultAsync(result, id, $"{Person.FullName}'s account has been reactivated");
    }

    public async Task<IActionResult> OnPostResendInvitationAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await invitations.ResendAsync(id, CurrentStaffId, HttpContext.RequestAborted);
        return await ResultAsync(result, id, $"A new invitation has been sent to {Person.Email}");
    }

    private async Task<IActionResult> ResultAsync(CommandResult result, string id, string success)
    {
        if (result.Succeeded)
        {
            return RedirectWithSuccess(success, "/Admin/Staff/Person/Index", new { id });
        }

        AddErrors(result);
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await staff.FindAsync(id, HttpContext.RequestAborted) is not { } person)
        {
            return false;
        }

        Person = person;
        return true;
    }
}
