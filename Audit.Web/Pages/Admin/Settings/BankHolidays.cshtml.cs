using System.Globalization;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Settings;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Settings;

public sealed class BankHolidaysModel(BankHolidayService holidays, TimeProvider clock) : AuditPageModel
{
    [BindProperty]
    public AddHolidayInput Input { get; set; } = new();

    /// <summary>Listed years, and the next few years' dates worked out from the rules where none are published.</summary>
    public IReadOnlyList<BankHolidayYear> ByYear { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var result = await holidays.AddAsync(new AddBankHolidayCommand(Input.Date, Input.Name), CurrentStaffId);
        if (!result.Succeeded)
        {
            AddErrors(result);
            await LoadAsync();
            return Page();
        }

        return RedirectWithSuccess($"{Input.Name!.Trim()} added as a bank holiday", "/Admin/Settings/BankHolidays");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? date)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return BadRequest();
        }

        var result = await holidays.RemoveAsync(day, CurrentStaffId);
        if (!result.Succeeded)
        {
            ModelState.Clear();
            AddErrors(result);
            await LoadAsync();
            return Page();
        }

        return RedirectWithSuccess($"{day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} is no longer a bank holiday", "/Admin/Settings/BankHolidays");
    }

    private async Task LoadAsync() =>
        ByYear = await holidays.YearsAsync(UkTime.Today(clock).Year + YearsAhead, HttpContext.RequestAborted);

    /// <summary>Deadlines are rarely set more than a couple of years ahead.</summary>
    private const int YearsAhead = 3;

    public sealed class AddHolidayInput
    {
        public DateInput Date { get; set; } = new();
        public string? Name { get; set; }
    }
}
