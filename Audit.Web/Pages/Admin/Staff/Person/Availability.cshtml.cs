using System.Globalization;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Staff.Person;

/// <summary>How many audits a month someone can take, and when they are away: what the programme's proposal respects.</summary>
public sealed class AvailabilityModel(StaffAvailability availability, StaffAvailabilityHandler handler) : AuditPageModel
{
    [BindProperty]
    public CapacityInput Capacity { get; set; } = new();

    [BindProperty]
    public AbsenceInput Absence { get; set; } = new();

    public AvailabilityView Person { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Capacity.Value = Person.Capacity.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostCapacityAsync(string id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        int? value = int.TryParse(Capacity.Value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var result = await handler.HandleAsync(new SetCapacityCommand(id, value), CurrentStaffId, CommandResult.Success, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            foreach (var (_, message) in result.Errors)
            {
                ModelState.AddModelError("Capacity.Value", message);
            }

            return Page();
        }

        return RedirectWithSuccess($"{Person.FullName} can take {value} {(value == 1 ? "audit" : "audits")} a month", "/Admin/Staff/Person/Availability", new { id });
    }

    public async Task<IActionResult> OnPostAbsenceAsync(string id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Capacity.Value = Person.Capacity.ToString(CultureInfo.InvariantCulture);
        var (from, fromError) = Absence.From.Parse("Enter the first day they are away", "the first day", latest: LatestDueDate);
        if (fromError is not null)
        {
            ModelState.AddModelError("Absence.From", fromError);
        }

        var (to, toError) = Absence.To.Parse("Enter the last day they are away", "the last day", latest: LatestDueDate);
        if (toError is not null)
        {
            ModelState.AddModelError("Absence.To", toError);
        }

        var result = await handler.HandleAsync(new AddAbsenceCommand(id, from, to), CurrentStaffId, FormErrors("Absence"), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ReplaceErrors(result, "Absence");
            return Page();
        }

        return RedirectWithSuccess($"Absence recorded for {Person.FullName}", "/Admin/Staff/Person/Availability", new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, int absenceId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await handler.HandleAsync(new RemoveAbsenceCommand(id, absenceId), CurrentStaffId, HttpContext.RequestAborted);
        return RedirectWithSuccess("Absence removed", "/Admin/Staff/Person/Availability", new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await availability.FindAsync(id, HttpContext.RequestAborted) is not { } person)
        {
            return false;
        }

        Person = person;
        return true;
    }

    public sealed class CapacityInput
    {
        public string? Value { get; set; }
    }

    public sealed class AbsenceInput
    {
        public DateInput From { get; set; } = new();
        public DateInput To { get; set; } = new();
    }
}
