using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.Teams;

public sealed class EditModel(OrganisationService organisation) : AuditPageModel
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    /// <summary>The saved team, shown beside the person's own changes after a conflict.</summary>
    public TeamRecord Saved { get; private set; } = default!;

    public bool IsConflict { get; private set; }

    public IReadOnlyList<SelectListItem> ServiceAreas { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TeamManagers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await organisation.FindTeamAsync(id, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        Saved = saved;
        Input = TeamInput.From(saved);
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await organisation.FindTeamAsync(id, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        var result = await organisation.EditTeamAsync(id, Input.Version, Input.ToCommand(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess($"Changes to {Input.Name!.Trim()} have been saved", "/Admin/Organisation/Index");
        }

        AddErrors(result);
        Saved = saved;
        if (result.IsConcurrencyConflict)
        {
            // Keep what they typed, but against the latest version, so saving again is a deliberate overwrite.
            IsConflict = true;
            ModelState.Remove("Input.Version");
            Input.Version = saved.Version;
        }

        await LoadChoicesAsync();
        return Page();
    }

    private async Task LoadChoicesAsync()
    {
        ServiceAreas = ChoiceItems.From(await organisation.ServiceAreasAsync(HttpContext.RequestAborted));
        TeamManagers = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.TeamManager, Saved.TeamManagerId, HttpContext.RequestAborted));
    }
}
