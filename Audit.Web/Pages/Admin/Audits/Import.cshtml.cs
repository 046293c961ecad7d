using Audit.Web.Infrastructure;
using Audit.Workflows.Imports;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Audits;

/// <summary>Import audits completed before Audit was used: every row checked, nothing half-imported.</summary>
// A file a little over the limit still reaches the page, so the person is told the limit in words.
[RequestSizeLimit(2 * 10 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * 10 * 1024 * 1024)]
public sealed class ImportModel(HistoricAuditImport import) : AuditPageModel
{
    [BindProperty]
    public ImportInput Input { get; set; } = new();

    /// <summary>The last import's outcome, shown under the form.</summary>
    public HistoricImportSummary? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        if (Input.File is null)
        {
            ModelState.AddModelError("Input.File", "Select the file of audits");
            return Page();
        }

        await using var stream = Input.File.OpenReadStream();
        var result = await import.ImportAsync(stream, Input.File.FileName, Input.ValidRowsOnly, CurrentStaffId, HttpContext.RequestAborted);
        if (result.Imported && result.Problems.Count == 0)
        {
            return RedirectWithSuccess(Summary(result), "/Admin/Audits/Index");
        }

        Result = result;
        if (result.Refused)
        {
            ModelState.AddModelError("Input.File", result.Problems[0].Message);
        }
        else if (!result.Imported)
        {
            ModelState.AddModelError("Input.File", result.RowsWithProblems == 0
                ? "The selected file has no audits in it"
                : $"{result.RowsWithProblems} {(result.RowsWithProblems == 1 ? "row has" : "rows have")} problems, listed below: nothing was imported. Fix the file, or import only the valid rows");
        }

        return Page();
    }

    public static string Summary(HistoricImportSummary result) =>
        $"Historic audits imported: {result.Added} {(result.Added == 1 ? "audit" : "audits")} added, {result.Updated} updated"
        + (result.CasesAdded > 0 ? $", {result.CasesAdded} new {(result.CasesAdded == 1 ? "case" : "cases")}" : string.Empty)
        + (result.RowsWithProblems > 0 ? $", {result.RowsWithProblems} {(result.RowsWithProblems == 1 ? "row" : "rows")} with problems not imported" : string.Empty);

    public sealed class ImportInput
    {
        public IFormFile? File { get; set; }
        public bool ValidRowsOnly { get; set; }
    }
}
