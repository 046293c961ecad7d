using Audit.Web.Infrastructure;
using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Actions;

/// <summary>
/// A form that fires one workflow trigger on one action. The action exists for its owner and for whoever may see
/// its audit (404 for anyone else); the workflow says whether this person may do this now, and why not. On success
/// the person goes back to the action with a banner; on a conflict the form is shown again at the new version.
/// </summary>
public abstract class ActionStepPageModel(ActionQueries actions) : AuditPageModel
{
    [FromRoute]
    public int ActionId { get; set; }

    /// <summary>The audit's version when the form was opened: the service refuses to act on a stale one.</summary>
    [BindProperty]
    public int Version { get; set; }

    public ActionDetail Detail { get; private set; } = default!;

    public string? Refusal { get; private set; }

    public abstract AuditTrigger Trigger { get; }

    public abstract string Heading { get; }

    public abstract string SubmitText { get; }

    protected abstract string SuccessText { get; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Version = Detail.Audit.Version;
        await PrepareAsync(firstView: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await PrepareAsync(firstView: false);
        var result = await ExecuteAsync();
        if (result.Succeeded)
        {
            return RedirectWithSuccess(SuccessText, "/Actions/Show", new { actionId = ActionId });
        }

        if (result.IsConcurrencyConflict)
        {
            Version = Detail.Audit.Version;
            Refusal = null;
        }

        ReplaceErrors(result);
        return Page();
    }

    /// <summary>Fills choices and, on first view, defaults.</summary>
    protected virtual Task PrepareAsync(bool firstView) => Task.CompletedTask;

    /// <summary>Reads a due date (at most <see cref="AuditPageModel.LatestDueDate"/>), adding an error for the field when it cannot be read.</summary>
    protected DateOnly? ReadDueDate(DateInput input, string field)
    {
        if (input.IsEmpty)
        {
            return null; // the service says the date is needed
        }

        var (date, error) = input.Parse("Enter the due date", "the due date", latest: LatestDueDate);
        if (error is not null)
        {
            ModelState.AddModelError($"Input.{field}", error);
        }

        return date;
    }

    /// <summary>Sends the one command, with what the form could not read (<see cref="AuditPageModel.FormErrors"/>).</summary>
    protected abstract Task<CommandResult> ExecuteAsync();

    private async Task<bool> LoadAsync()
    {
        if (await actions.FindAsync(ActionId, CurrentStaffId, HttpContext.RequestAborted) is not { } detail)
        {
            return false;
        }

        Detail = detail;
        Refusal = detail.Permitted.Contains(Trigger) ? null : detail.Refusals.GetValueOrDefault(Trigger);
        return true;
    }
}
