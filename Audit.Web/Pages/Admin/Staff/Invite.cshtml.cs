using Audit.Web.Infrastructure;
using Audit.Workflows.Organisation;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Staff;

public sealed class InviteModel(InvitationService invitations, OrganisationService organisation) : AuditPageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

    public async Task OnGetAsync() => await LoadTeamsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var command = new InviteStaffCommand(Input.FullName ?? string.Empty, Input.Email ?? string.Empty, Input.JobTitle, Input.TeamId, Input.Roles, Input.StaffNumber);
        var result = await invitations.InviteAsync(command, CurrentStaffId, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess($"Invitation sent to {result.Value!.Email}", "/Admin/Staff/Index");
        }

        AddErrors(result.Outcome);
        await LoadTeamsAsync();
        return Page();
    }

    private async Task LoadTeamsAsync() =>
        Teams = ChoiceItems.From(await organisation.TeamsAsync(HttpContext.RequestAborted));

    public sealed class InviteInput
    {
        public string? FullName { get; set; }
        public string? Email { get; set; }
        public string? JobTitle { get; set; }
        public string? StaffNumber { get; set; }
        public int? TeamId { get; set; }
        public List<string> Roles { get; set; } = [];
    }
}
