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

    protected RedirectToPageResult RedirectWithSuccess(string message, string pageName, object? routeValues = null)
    {
        SuccessMessage = message;
        return RedirectToPage(pageName, routeValues);
    }
}
