using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Grading;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.Record;

/// <summary>
/// One step of the auditor's form. The form is loaded for the signed-in person (404 when they may not see the audit,
/// on GET and POST alike); the workflow (<see cref="AuditFormService.WhyNotEditableAsync"/>) says whether they may change it, and when
/// not the page shows the reason instead of the form. Saves carry the version the form was opened at; on a conflict
/// the form is shown again with what was typed and the new version.
/// </summary>
public abstract class RecordPageModel(AuditFormService forms) : AuditPageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public int Version { get; set; }

    /// <summary>"Save and continue" or "Save and come back later"; pressing Enter uses the first button, continue.</summary>
    [BindProperty]
    public SaveMode Mode { get; set; } = SaveMode.Complete;

    public AuditForm Form { get; private set; } = default!;

    public string? Refusal { get; private set; }

    public abstract string Heading { get; }

    /// <summary>Error keys in the order the service reported them, which follows the form.</summary>
    public IReadOnlyList<string> ErrorOrder { get; private set; } = [];

    public string TaskListHref => $"/audits/{Id}/record";

    protected AuditFormService Forms => forms;

    /// <summary>Loads the form, or returns false when this person may not see the audit.</summary>
    protected async Task<bool> LoadAsync()
    {
        var form = await forms.LoadAsync(Id, CurrentStaffId);
        if (form is null)
        {
            return false;
        }

        Form = form;
        Refusal = await forms.WhyNotEditableAsync(form.Audit, CurrentStaffId, HttpContext.RequestAborted);
        return true;
    }

    /// <summary>GET: loads the form and fills the inputs from what was saved.</summary>
    protected async Task<IActionResult> ShowAsync(Action fill)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Version = Form.Audit.Version;
        fill();
        return Page();
    }

    /// <summary>
    /// POST: runs one save (unless the person may not change the form, when the refusal is shown) and redirects on
    /// success; otherwise shows the form again with the errors and everything typed.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(Func<Task<CommandResult?>> save, Func<string> next, Func<string?>? successText = null)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            return Page();
        }

        var result = await save();
        if (result is { Succeeded: true })
        {
            if (successText?.Invoke() is { } text)
            {
                SuccessMessage = text;
            }

            return Redirect(next());
        }

        if (result is { IsConcurrencyConflict: true })
        {
            // Someone else saved first (another tab, perhaps): keep what was typed and offer the form at the
            // version now seen, so saving again overwrites knowingly.
            Version = Form.Audit.Version;
        }

        if (result is not null)
        {
            ReplaceErrors(result);
            ErrorOrder = result.Errors.Select(e => string.IsNullOrEmpty(e.Key) ? string.Empty : $"Input.{e.Key}").ToList();
        }

        return Page();
    }

    /// <summary>Where "Save and come back later" goes: the task list, with a banner saying the draft is kept.</summary>
    protected string DraftSaved(string what) => $"Your answers for {what} have been saved";

    /// <summary>Reads a date from its three boxes, adding an error for a date that is not real.</summary>
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
}
