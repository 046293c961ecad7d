using Audit.Workflows.Common;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Web.Infrastructure;

/// <summary>What every page model shares: the signed-in person, the success banner, and command errors.</summary>
public abstract class AuditPageModel : PageModel
{
    public const string SuccessKey = "success-banner";

    [TempData(Key = SuccessKey)]
    public string? SuccessMessage { get; set; }

    /// <summary>Today in the UK, by the app's clock (tests move it).</summary>
    protected DateOnly Today => UkTime.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>());

    /// <summary>The latest due date a form accepts (see <see cref="DateBounds"/>).</summary>
    protected DateOnly LatestDueDate => DateBounds.LatestDueDate(Today);

    protected string CurrentStaffId => User.StaffMemberId() ?? throw new InvalidOperationException("No one is signed in.");

    /// <summary>Copies a command's errors into ModelState, prefixing field names with the bound model's name.</summary>
    protected void AddErrors(CommandResult result, string prefix = "Input")
    {
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(field) ? string.Empty : $"{prefix}.{field}", message);
        }
    }

    /// <summary>
    /// What the page itself found wrong reading the form (a date that is not a date), keyed as the command's fields,
    /// for the command to report with its own errors so the person sees every problem at once.
    /// </summary>
    protected CommandResult FormErrors(string prefix = "Input")
    {
        var errors = new CommandResult();
        foreach (var (key, entry) in ModelState)
        {
            foreach (var error in entry.Errors)
            {
                errors.AddError(key.StartsWith($"{prefix}.", StringComparison.Ordinal) ? key[(prefix.Length + 1)..] : string.Empty, error.ErrorMessage);
            }
        }

        return errors;
    }

    /// <summary>
    /// Shows a command's errors in place of any the page added first: a command given <see cref="FormErrors"/>
    /// reports them again, in order, with its own.
    /// </summary>
    protected void ReplaceErrors(CommandResult result, string prefix = "Input")
    {
        foreach (var key in ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList())
        {
            ModelState[key]!.Errors.Clear();
            ModelState[key]!.ValidationState = Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Valid;
        }

        AddErrors(result, prefix);
    }

    protected RedirectToPageResult RedirectWithSuccess(string message, string pageName, object? routeValues = null)
    {
        SuccessMessage = message;
        return RedirectToPage(pageName, routeValues);
    }
}
