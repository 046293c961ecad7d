using Audit.Workflows.Reporting;
using Audit.Workflows.Reporting.Exports;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Reports;

/// <summary>
/// Downloads: one table as CSV, every table as an Excel workbook, or the period report as a Word document. The
/// workbook and the document add the thematic dip samples with an audit completed in the period, when there are any.
/// </summary>
public sealed class DownloadModel(DashboardService dashboards, DipSampleReports dipSamples, TimeProvider clock) : ReportPageModel(dashboards, clock)
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<IActionResult> OnGetAsync(string? format, string? table)
    {
        var result = await LoadAsync();
        if (Dashboard is not { } d || Period is not { } period)
        {
            // A bad period in a download link: show the report page with its errors, not a broken file.
            return result is NotFoundResult ? result : LocalRedirect("/reports" + Request.QueryString);
        }

        var name = $"audit-report-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}";
        switch (format)
        {
            case "csv" when ReportTables.Find(d, table) is { } found:
                return File(CsvExport.Write(found), "text/csv; charset=utf-8", $"{name}-{found.Id}.csv");
            case "xlsx":
                var batches = await dipSamples.InPeriodAsync(CurrentStaffId, period, HttpContext.RequestAborted);
                return File(XlsxExport.Write([.. ReportTables.All(d), .. DipSampleTables.All(batches)]), Xlsx, $"{name}.xlsx");
            case "docx":
                var sections = DipSampleTables.Sections(await dipSamples.InPeriodAsync(CurrentStaffId, period, HttpContext.RequestAborted));
                return File(DocxExport.Write($"Audit report: {period.Name()}", d.Report.Paragraph, ReportTables.All(d), sections), Docx, $"{name}.docx");
            default:
                return NotFound();
        }
    }
}
