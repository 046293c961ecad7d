using Audit.Data.Models;
using Audit.Workflows.Reporting;
using Audit.Workflows.Reporting.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audit.Web.Pages.Reports;

/// <summary>
/// What the good practice and themes pages share: the period, the viewer's reporting scope, and downloads of the
/// page's tables as CSV (one table) or an Excel workbook (every table), written by the reports' own exporters.
/// </summary>
public abstract class LearningPageModel(DashboardService dashboards, ReportQueries queries, TimeProvider clock) : ReportPageModel(dashboards, clock)
{
    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    /// <summary>The page's tables for the period over <paramref name="scope"/>.</summary>
    protected abstract Task<IReadOnlyList<ReportTable>> BuildAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken);

    protected abstract string FileName { get; }

    public Task<IActionResult> OnGetAsync() => LoadTablesAsync();

    public async Task<IActionResult> OnGetDownloadAsync(string? format, string? table)
    {
        var result = await LoadTablesAsync();
        if (Period is not { } period || result is not PageResult)
        {
            return result is NotFoundResult ? result : LocalRedirect(Request.Path + QueryString.Create(Request.Query.Where(q => q.Key is not ("handler" or "format" or "table"))));
        }

        var name = $"{FileName}-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}";
        return format switch
        {
            "csv" when Tables.FirstOrDefault(t => t.Id == table) is { } found => File(CsvExport.Write(found), "text/csv; charset=utf-8", $"{name}-{found.Id}.csv"),
            "xlsx" => File(XlsxExport.Write(Tables), DownloadModel.Xlsx, $"{name}.xlsx"),
            _ => NotFound(),
        };
    }

    public string DownloadHref(string format, string? table = null) =>
        $"{Request.Path}?handler=download&format={format}" + (table is null ? string.Empty : $"&table={table}") + $"&{Query}";

    private async Task<IActionResult> LoadTablesAsync()
    {
        if (ReadPeriod() is not { } period)
        {
            return Page();
        }

        if (await queries.ScopeAsync(CurrentStaffId, HttpContext.RequestAborted) is not { } scope)
        {
            return NotFound();
        }

        Tables = await BuildAsync(scope, period, HttpContext.RequestAborted);
        return Page();
    }
}
