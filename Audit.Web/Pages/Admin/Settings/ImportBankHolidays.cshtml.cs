using Audit.Web.Infrastructure;
using Audit.Workflows.Settings;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Settings;

/// <summary>Import the government's published bank holidays file, so later years follow the published list.</summary>
// A file a little over the limit still reaches the page, so the person is told the limit in words.
[RequestSizeLimit(4 * BankHolidayImport.MaxBytes)]
public sealed class ImportBankHolidaysModel(BankHolidayImport import) : AuditPageModel
{
    [BindProperty]
    public ImportInput Input { get; set; } = new();

    /// <summary>Every problem found in the file, listed under the upload when there is more than one.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        if (Input.File is null)
        {
            ModelState.AddModelError($"Input.{BankHolidayImport.FileField}", "Select the bank holidays file");
            return Page();
        }

        await using var stream = Input.File.OpenReadStream();
        var result = await import.ImportAsync(stream, Input.File.Length, CurrentStaffId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Problems = result.Outcome.Errors.Select(e => e.Value).ToList();
            ModelState.AddModelError($"Input.{BankHolidayImport.FileField}",
                Problems.Count == 1 ? Problems[0] : $"The selected file has {Problems.Count} problems, listed below: nothing was imported");
            return Page();
        }

        var summary = result.Value!;
        var years = summary.Years.Count == 0 ? string.Empty
            : summary.Years.Count == 1 ? $" for {summary.Years[0]}"
            : $" for {summary.Years[0]} to {summary.Years[^1]}";
        return RedirectWithSuccess(
            $"Bank holidays imported{years}: {summary.Added} new {(summary.Added == 1 ? "date" : "dates")}, {summary.AlreadyKnown} already listed",
            "/Admin/Settings/BankHolidays");
    }

    public sealed class ImportInput
    {
        public IFormFile? File { get; set; }
    }
}
