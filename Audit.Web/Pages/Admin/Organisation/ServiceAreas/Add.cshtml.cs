using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.ServiceAreas;

public sealed class AddModel(OrganisationService organisation) : AuditPageModel
{
    [BindProperty]
    public ServiceAreaInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Directorates { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ServiceManagers { get; private set; } = [];

    /// <summary>Arriving from an "Add a service area" link under a directorate chooses that directorate.</summary>
    public async Task OnGetAsync(int? directorateId)
    {
        Input.DirectorateId = directorateId;
        await LoadChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await organisation.AddServiceAreaAsync(Input.ToCommand(), HttpContext.RequestAborted);
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
        Directorates = ChoiceItems.From(await organisation.DirectoratesAsync(HttpContext.RequestAborted));
        ServiceManagers = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.ServiceManager, cancellationToken: HttpContext.RequestAborted));
    }
}
