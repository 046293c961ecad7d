using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.Teams;

public sealed class AddModel(OrganisationService organisation) : AuditPageModel
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> ServiceAreas { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TeamManagers { get; private set; } = [];

    /// <summary>Arriving from an "Add a team" link under a service area chooses that service area.</summary>
    public async Task OnGetAsync(int? serviceAreaId)
    {
        Input.ServiceAreaId = serviceAreaId;
        await LoadChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await organisation.AddTeamAsync(Input.ToCommand(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess($"{Input.Name!.Trim()} has been added", "/Admin/Organisation/Index");
        }

        AddErrors(result);
        await LoadChoicesAsync();
        return Page();
    }

    private async Task LoadChoicesAsync()
    {
        ServiceAreas = ChoiceItems.From(await organisation.ServiceAreasAsync(HttpContext.RequestAborted));
        TeamManagers = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.TeamManager, cancellationToken: HttpContext.RequestAborted));
    }
}
