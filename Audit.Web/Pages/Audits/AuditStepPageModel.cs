using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits;

/// <summary>
/// A form that fires one workflow trigger on one audit. The page asks the workflow whether the signed-in person may
/// fire it (and shows the workflow's reason when not), sends one command through <c>AuditCommands</c> with the
/// version the form was opened at, and on a conflict shows the form again with what was typed and the new version.
/// Audits the person may not see answer 404, on GET and POST alike, so their existence is not given away.
/// </summary>
public abstract class AuditStepPageModel(AuditAccess access, AuditOverviews records) : AuditPageModel
{
    [FromRoute]
    public int Id { get; set; }

    /// <summary>The audit's version when the form was opened: the service refuses to act on a stale one.</summary>
    [BindProperty]
    public int Version { get; set; }

    public CaseAudit Audit { get; private set; } = default!;

    /// <summary>Why this person cannot do this now, in the workflow's words; null when they can.</summary>
    public string? Refusal { get; private set; }

    public abstract AuditTrigger Trigger { get; }

    public virtual string Heading => Trigger.Display();

    public virtual string SubmitText => Trigger.Display();

    /// <summary>Pages that show the audit beside the form use the whole width.</summary>
    public virtual bool FullWidth => false;

    protected abstract string SuccessText { get; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Version = Audit.Version;
        await PrepareFormAsync(firstView: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await PrepareFormAsync(firstView: false);
        var result = ModelState.IsValid ? await ExecuteAsync() : null;
        if (result is { Succeeded: true })
        {
            return RedirectWithSuccess(SuccessText, "/Audits/DeepDive/Index", new { id = Id });
        }

        if (result is { IsConcurrencyConflict: true })
        {
            // Someone else acted first: keep what this person typed, and offer the form again at the version
            // they have now seen, so that a second submit can succeed if it still makes sense.
            Version = Audit.Version;
            Refusal = null;
        }

        if (result is not null)
        {
            AddErrorsInFormOrder(result);
        }

        return Page();
    }

    /// <summary>Fills select lists and, on first view, any defaults.</summary>
    protected virtual Task PrepareFormAsync(bool firstView) => Task.CompletedTask;

    /// <summary>Calls the one service command; returns null when the input could not be read (errors already added).</summary>
    protected abstract Task<CommandResult?> ExecuteAsync();

    /// <summary>Adds a date-reading error for the field, returning the date or null.</summary>
    protected DateOnly? ReadDate(DateInput input, string field, string whatDate, DateOnly? latest = null)
    {
        if (input.IsEmpty)
        {
            return null; // the service says whether the date was needed
        }

        var (date, error) = input.Parse($"Enter {whatDate}", whatDate, latest: latest);
        if (error is not null)
        {
            ModelState.AddModelError($"Input.{field}", error);
        }

        return date;
    }

    /// <summary>The fields with errors in the order the service reported them, which follows the form.</summary>
    public IReadOnlyList<string> ErrorOrder { get; private set; } = [];

    private void AddErrorsInFormOrder(CommandResult result)
    {
        // Errors the page found reading the form come back with the command's; with them, the summary follows the
        // order the form declares its fields.
        var withFormErrors = !ModelState.IsValid;
        ReplaceErrors(result);
        ErrorOrder = withFormErrors ? [] : result.Errors.Select(e => string.IsNullOrEmpty(e.Key) ? string.Empty : $"Input.{e.Key}").ToList();
    }

    private async Task<bool> LoadAsync()
    {
        var audit = await access.FindVisibleAsync(Id, CurrentStaffId);
        if (audit is null)
        {
            return false;
        }

        Audit = audit;
        var check = await records.CheckAsync(audit, CurrentStaffId, Trigger);
        Refusal = check.IsAllowed ? null : check.Reason;
        return true;
    }
}
