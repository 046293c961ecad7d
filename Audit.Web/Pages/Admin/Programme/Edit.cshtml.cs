using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Programme;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Programme;

public sealed class EditModel(CycleQueries cycles, UpdateCycleHandler update) : AuditPageModel
{
    [BindProperty]
    public CycleInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public string Name { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await cycles.FindAsync(id, HttpContext.RequestAborted) is not { } detail)
        {
            return NotFound();
        }

        Name = detail.Cycle.Name;
        Version = detail.Cycle.Version;
        Input.DueDate = DateInput.From(detail.Cycle.DueDate);
        Input.Plans = CycleInput.Table(await cycles.ServiceAreasAsync(HttpContext.RequestAborted), detail.Plans);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        ModelState.Clear();
        if (await cycles.FindAsync(id, HttpContext.RequestAborted) is not { } detail)
        {
            return NotFound();
        }

        Name = detail.Cycle.Name;
        Input.RebuildTable(await cycles.ServiceAreasAsync(HttpContext.RequestAborted));

        var (dueDate, error) = Input.DueDate.Parse("Enter the date the month's audits are due", "the due date", latest: LatestDueDate);
        if (error is not null)
        {
            ModelState.AddModelError("Input.DueDate", error);
        }

        var plans = Input.Read(ModelState);
        var result = await update.HandleAsync(new UpdateCycleCommand(id, Version, dueDate, plans), CurrentStaffId, FormErrors(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ReplaceErrors(result);
            return Page();
        }

        return RedirectWithSuccess($"{Name} programme changed", "/Admin/Programme/Cycle", new { id });
    }
}
