using Audit.Workflows.Reporting.Exports;

namespace Audit.Workflows.Reporting;

/// <summary>
/// The thematic dip samples of a period as report tables, for the Excel workbook and the command line: one summary
/// table (a row per batch, with its committee sentence), then each batch's questions as its page shows them. No tables
/// at all when no batch had an audit completed in the period.
/// </summary>
public static class DipSampleTables
{
    public const string Summary = "dip-samples";

    public static IReadOnlyList<ReportTable> All(IReadOnlyList<DipSampleReport> batches) =>
        batches.Count == 0 ? [] : [SummaryTable(batches), .. batches.Select(QuestionTable)];

    public static ReportTable SummaryTable(IReadOnlyList<DipSampleReport> batches) =>
        new(Summary, "Thematic dip samples", ["Batch", "Name", "Theme", "Programme", "Audits", "Completed", "Summary"],
            batches.Select(b => (IReadOnlyList<object>)[b.Batch.Id, b.Batch.Name, b.Batch.Theme, b.Batch.Cycle, b.Batch.Audits, b.Batch.Completed, b.Paragraph]).ToList());

    /// <summary>A batch's questions, named by the batch's number (Excel sheet names hold at most 31 characters; batch names run longer).</summary>
    public static ReportTable QuestionTable(DipSampleReport batch) =>
        batch.Questions with { Id = $"dip-sample-{batch.Batch.Id}-questions", Title = $"Dip sample {batch.Batch.Id} by question" };

    /// <summary>The Word report's section: each batch's name, then its committee sentence as its page writes it; none when there are no batches.</summary>
    public static IReadOnlyList<DocxSection> Sections(IReadOnlyList<DipSampleReport> batches) =>
        batches.Count == 0 ? [] : [new("Thematic dip samples", batches.Select(b => new DocxEntry(b.Batch.Name, b.Paragraph)).ToList())];
}
