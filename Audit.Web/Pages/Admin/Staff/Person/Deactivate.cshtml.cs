using Audit.Web.Infrastructure;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Staff.Person;

public sealed class DeactivateModel(StaffService staff) : AuditPageModel
{
    public StaffProfile Person { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await staff.FindAsync(id, HttpContext.RequestAborted) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return person.Status == StaffStatus.Deactivated ? RedirectToPage("/Admin/Staff/Person/Index", new { id }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await staff.FindAsync(id, HttpContext.RequestAborted) is not { } person)
        {
            return NotFound();
        }

        var result = await staff.DeactivateAsync(id, CurrentStaffId, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess($"{person.FullName}'s account has been deactivated", "/Admin/Staff/Person/Index", new { id });
        }

        AddErrors(result);
        Person = person;
        return Page();
    }
}
