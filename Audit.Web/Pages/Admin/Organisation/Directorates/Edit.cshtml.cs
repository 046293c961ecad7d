using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.Directorates;

public sealed class EditModel(OrganisationService organisation) : AuditPageModel
{
    [BindProperty]
    public DirectorateInput Input { get; set; } = new();

    /// <summary>The saved directorate, shown beside the person's own changes after a conflict.</summary>
    public DirectorateRecord Saved { get; private set; } = default!;

    public bool IsConflict { get; private set; }

    public IReadOnlyList<SelectListItem> AssistantDirectors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await organisation.FindDirectorateAsync(id, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        Saved = saved;
        Input = DirectorateInput.From(saved);
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await organisation.FindDirectorateAsync(id, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        var result = await organisation.EditDirectorateAsync(id, Input.Version, Input.ToCommand(), HttpContext.RequestAborted);
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

    private async Task LoadChoicesAsync() =>
        AssistantDirectors = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.AssistantDirector, Saved.AssistantDirectorId, HttpContext.RequestAborted));
}
