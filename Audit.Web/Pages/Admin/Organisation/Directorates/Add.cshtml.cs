using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.Directorates;

public sealed class AddModel(OrganisationService organisation) : AuditPageModel
{
    [BindProperty]
    public DirectorateInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> AssistantDirectors { get; private set; } = [];

    public async Task OnGetAsync() => await LoadChoicesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await organisation.AddDirectorateAsync(Input.ToCommand(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess($"{Input.Name!.Trim()} has been added", "/Admin/Organisation/Index");
        }

        AddErrors(result);
        await LoadChoicesAsync();
        return Page();
    }

    private async Task LoadChoicesAsync() =>
        AssistantDirectors = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.AssistantDirector, cancellationToken: HttpContext.RequestAborted));
}
