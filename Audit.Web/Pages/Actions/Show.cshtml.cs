using Audit.Web.Infrastructure;
using Audit.Workflows.Actions;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Actions;

/// <summary>One action: what it is, where it stands, its history, and the steps the workflow offers this person.</summary>
public sealed class ShowModel(ActionQueries actions) : AuditPageModel
{
    [FromRoute]
    public int ActionId { get; set; }

    public ActionDetail Detail { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await actions.FindAsync(ActionId, CurrentStaffId, HttpContext.RequestAborted) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }
}
