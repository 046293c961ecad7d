using System.Globalization;
using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Programme;

public sealed class OpenModel(CycleQueries cycles, OpenCycleHandler open) : AuditPageModel
{
    [BindProperty]
    public CycleInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Months { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Load();
        var next = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1);
        Input.Month = next.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Input.DueDate = Audit.Workflows.Common.DateInput.From(next.AddMonths(1).AddDays(-1));
        Input.Plans = CycleInput.Table(await cycles.ServiceAreasAsync(HttpContext.RequestAborted), []);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        Load();
        Input.RebuildTable(await cycles.ServiceAreasAsync(HttpContext.RequestAborted));

        DateOnly? month = DateOnly.TryParseExact(Input.Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : null;
        if (month is null)
        {
            ModelState.AddModelError("Input.Month", "Select the month of the cycle");
        }

        var (dueDate, error) = Input.DueDate.Parse("Enter the date the month's audits are due", "the due date", latest: LatestDueDate);
        if (error is not null)
        {
            ModelState.AddModelError("Input.DueDate", error);
        }

        var plans = Input.Read(ModelState);
        var result = await open.HandleAsync(new OpenCycleCommand(month, dueDate, plans), CurrentStaffId, FormErrors(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ReplaceErrors(result.Outcome);
            return Page();
        }

        return RedirectWithSuccess($"{result.Value!.Name} programme opened", "/Admin/Programme/Cycle", new { id = result.Value.Id });
    }

    private void Load()
    {
        var first = new DateOnly(Today.Year, Today.Month, 1);
        Months = Enumerable.Range(-1, 14).Select(i => first.AddMonths(i))
            .Select(d => new SelectListItem(AuditCycle.NameOf(d), d.ToString("yyyy-MM", CultureInfo.InvariantCulture))).ToList();
    }
}
