using Audit.Web.Infrastructure;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Staff.Person;

public sealed class ChangeRolesModel(StaffService staff) : AuditPageModel
{
    [BindProperty]
    public RolesInput Input { get; set; } = new();

    public StaffProfile Person { get; private set; } = default!;

    public bool IsConflict { get; private set; }

    public bool IsSelf => Person.Id == CurrentStaffId;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await staff.FindAsync(id, HttpContext.RequestAborted) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        Input = new RolesInput { Roles = [.. person.Roles], ConcurrencyStamp = person.ConcurrencyStamp };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await staff.FindAsync(id, HttpContext.RequestAborted) is not { } person)
        {
            return NotFound();
        }

        var result = await staff.EditRolesAsync(id, new EditStaffRolesCommand(Input.Roles, Input.ConcurrencyStamp), CurrentStaffId, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess($"{person.FullName}'s roles have been saved", "/Admin/Staff/Person/Index", new { id });
        }

        AddErrors(result);
        Person = person;
        if (result.IsConcurrencyConflict)
        {
            IsConflict = true;
            ModelState.Remove("Input.ConcurrencyStamp");
            Input.ConcurrencyStamp = person.ConcurrencyStamp;
        }

        return Page();
    }

    public sealed class RolesInput
    {
        public List<string> Roles { get; set; } = [];
        public string? ConcurrencyStamp { get; set; }
    }
}
