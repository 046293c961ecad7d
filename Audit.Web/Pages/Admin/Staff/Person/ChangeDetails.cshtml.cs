using Audit.Web.Infrastructure;
using Audit.Workflows.Organisation;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Staff.Person;

public sealed class ChangeDetailsModel(StaffService staff, OrganisationService organisation) : AuditPageModel
{
    [BindProperty]
    public DetailsInput Input { get; set; } = new();

    public StaffProfile Person { get; private set; } = default!;

    public bool IsConflict { get; private set; }

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await staff.FindAsync(id, HttpContext.RequestAborted) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        Input = new DetailsInput { FullName = person.FullName, JobTitle = person.JobTitle, StaffNumber = person.StaffNumber, TeamId = person.TeamId, ConcurrencyStamp = person.ConcurrencyStamp };
        await LoadTeamsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await staff.FindAsync(id, HttpContext.RequestAborted) is not { } person)
        {
            return NotFound();
        }

        var command = new EditStaffDetailsCommand(Input.FullName, Input.JobTitle, Input.TeamId, Input.ConcurrencyStamp, Input.StaffNumber);
        var result = await staff.EditDetailsAsync(id, command, CurrentStaffId, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess($"{Input.FullName!.Trim()}'s details have been saved", "/Admin/Staff/Person/Index", new { id });
        }

        AddErrors(result);
        Person = person;
        if (result.IsConcurrencyConflict)
        {
            // Keep what they typed, against the latest version, so saving again is a deliberate overwrite.
            IsConflict = true;
            ModelState.Remove("Input.ConcurrencyStamp");
            Input.ConcurrencyStamp = person.ConcurrencyStamp;
        }

        await LoadTeamsAsync();
        return Page();
    }

    private async Task LoadTeamsAsync() => Teams = ChoiceItems.From(await organisation.TeamsAsync(HttpContext.RequestAborted));

    public sealed class DetailsInput
    {
        public string? FullName { get; set; }
        public string? JobTitle { get; set; }
        public string? StaffNumber { get; set; }
        public int? TeamId { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }
}
