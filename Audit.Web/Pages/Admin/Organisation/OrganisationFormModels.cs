using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Organisation;

/// <summary>What the three organisation edit forms post: a name and the version they were shown.</summary>
public interface IOrganisationInput
{
    string? Name { get; }
    int Version { get; set; }
}

/// <summary>
/// Editing a directorate, service area or team: the same journey for each. A stale save keeps what the person typed
/// but moves them onto the latest version, so saving again is a deliberate overwrite.
/// </summary>
public abstract class OrganisationEditModel<TRecord, TInput> : AuditPageModel
    where TRecord : class
    where TInput : class, IOrganisationInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The saved record, shown beside the person's own changes after a conflict.</summary>
    public TRecord Saved { get; private set; } = default!;

    public bool IsConflict { get; private set; }

    protected abstract Task<TRecord?> FindAsync(int id, CancellationToken cancellationToken);

    protected abstract TInput InputFrom(TRecord saved);

    protected abstract Task<CommandResult> SaveAsync(int id, CancellationToken cancellationToken);

    /// <summary>Fills the select lists; <see cref="Saved"/> is set, so the person in post can be kept in them.</summary>
    protected abstract Task LoadChoicesAsync(CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await FindAsync(id, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        Saved = saved;
        Input = InputFrom(saved);
        await LoadChoicesAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await FindAsync(id, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        var result = await SaveAsync(id, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess($"Changes to {Input.Name!.Trim()} have been saved", "/Admin/Organisation/Index");
        }

        AddErrors(result);
        Saved = saved;
        if (result.IsConcurrencyConflict)
        {
            IsConflict = true;
            ModelState.Remove("Input.Version");
            Input.Version = InputFrom(saved).Version;
        }

        await LoadChoicesAsync(HttpContext.RequestAborted);
        return Page();
    }
}

/// <summary>Adding a directorate, service area or team: the same journey for each.</summary>
public abstract class OrganisationAddModel<TInput> : AuditPageModel
    where TInput : class, IOrganisationInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    protected abstract Task<CommandResult> AddAsync(CancellationToken cancellationToken);

    protected abstract Task LoadChoicesAsync(CancellationToken cancellationToken);

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await AddAsync(HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess($"{Input.Name!.Trim()} has been added", "/Admin/Organisation/Index");
        }

        AddErrors(result);
        await LoadChoicesAsync(HttpContext.RequestAborted);
        return Page();
    }
}
