using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.ServiceAreas;

public sealed class EditModel(OrganisationService organisation) : AuditPageModel
{
    [BindProperty]
    public ServiceAreaInput Input { get; set; } = new();

    /// <summary>The saved service area, shown beside the person's own changes after a conflict.</summary>
    public ServiceAreaRecord Saved { get; private set; } = default!;

    public bool IsConflict { get; private set; }

    public IReadOnlyList<SelectListItem> Directorates { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ServiceManagers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await organisation.FindServiceAreaAsync(id, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        Saved = saved;
        Input = ServiceAreaInput.From(saved);
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await organisation.FindServiceAreaAsync(id, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        var result = await organisation.EditServiceAreaAsync(id, Input.Version, Input.ToCommand(), HttpContext.RequestAborted);
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
        Directorates = ChoiceItems.From(await organisation.DirectoratesAsync(HttpContext.RequestAborted));
        ServiceManagers = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.ServiceManager, Saved.ServiceManagerId, HttpContext.RequestAborted));
    }
}
