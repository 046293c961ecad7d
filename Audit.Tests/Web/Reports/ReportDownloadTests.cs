using System.Net;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Reports;

/// <summary>Downloads reopen: CSV parses back to the page's rows, .xlsx and .docx are valid Open XML.</summary>
public sealed class ReportDownloadTests : IAsyncLifetime
{
    private const string Period = ReportPagesTests.February2026;
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Csv_ParsesBackToTheRowsOnThePage()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);
        var page = await lead.GetPageAsync($"/reports/breakdowns?{Period}");

        var response = await lead.Http.GetAsync(new Uri($"/reports/download?table=sections&format=csv&{Period}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("audit-report-2026-02-01-to-2026-02-28-sections.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var rows = new List<IReadOnlyList<string>>();
        using var csv = new CsvReader(new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8), System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i) ?? string.Empty).ToList());
        }

        Assert.Equal(ReportPagesTests.Row(page, "sections", "Planning and review"), rows[0]);
        Assert.Equal(ReportPagesTests.Row(page, "sections", "Recording"), rows[1]);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task Xlsx_HasASheetPerTable_WithNumbersAsNumbers()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var response = await lead.Http.GetAsync(new Uri($"/reports/download?format=xlsx&{Period}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Descendants<Sheet>().ToList();
        Assert.Equal(10, sheets.Count);
        Assert.Contains(sheets, x => x.Name == "By service area");
        var gradesSheet = (WorksheetPart)part.GetPartById(sheets.Single(x => x.Name == "Audits completed by final grade").Id!);
        var firstRow = gradesSheet.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        Assert.Equal("deep dive audits", firstRow[0].InnerText);
        Assert.Equal(CellValues.Number, firstRow[2].DataType!.Value);
        Assert.Equal("10", firstRow[2].InnerText);
    }

    [Fact]
    public async Task Docx_HoldsTheCommitteeParagraph()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var response = await lead.Http.GetAsync(new Uri($"/reports/download?format=docx&{Period}", UriKind.Relative));

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("Audit report: February 2026", paragraphs[0]);
        Assert.Equal("10 deep dive audits were completed in February 2026: 30% (3) were graded inadequate, 30% (3) requires improvement to be good and 40% (4) good.", paragraphs[1]);
        Assert.Equal(10, document.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());
    }

    private const string March2026 = "From.Day=1&From.Month=3&From.Year=2026&To.Day=31&To.Month=3&To.Year=2026";

    [Fact]
    public async Task Xlsx_AddsTheDipSamplesOfThePeriod_ASummarySheetAndABatchsQuestions_WithinTheViewersScope()
    {
        var (s, batchId) = await DipSampleReportTests.SeedAsync(app);
        await DipSampleReportTests.AddOtherServiceAreaBatchAsync(app, s);
        using var manager = await SignedInAsync(app, s.ServiceManager);

        var response = await manager.Http.GetAsync(new Uri($"/reports/download?format=xlsx&{March2026}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var sheets = workbook.WorkbookPart!.Workbook.Descendants<Sheet>().Select(x => x.Name!.Value!).ToList();
        Assert.Equal(["Thematic dip samples", $"Dip sample {batchId} by question"], sheets.TakeLast(2));
        var summary = SheetRows(workbook, "Thematic dip samples");
        Assert.Equal(["Batch", "Name", "Theme", "Programme", "Audits", "Completed", "Summary"], summary[0]);
        Assert.Equal([$"{batchId}", "Voice of the child, March 2026", "the voice of the child", "March 2026", "4", "3",
            "Of 4 cases sampled on the voice of the child, 3 were completed: 33% (1) were graded inadequate and 67% (2) requires improvement to be good."], summary[1]);
        Assert.Equal(2, summary.Count);
        var questions = SheetRows(workbook, $"Dip sample {batchId} by question");
        Assert.Equal(["Are the child's wishes and feelings recorded in their own words?", "3", "2", "67", "1", "33", "0", "0", "0", "0"], questions[1]);
        Assert.Equal(5, questions.Count);
        Assert.DoesNotContain("LCS-", string.Concat(summary.Concat(questions).SelectMany(r => r)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_AddsASectionOnTheDipSamplesOfThePeriod_AndLeavesItOutWhenThereAreNone()
    {
        var (s, _) = await DipSampleReportTests.SeedAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var march = await DocxParagraphsAsync(lead, March2026);
        var february = await DocxParagraphsAsync(lead, Period);

        var heading = march.IndexOf("Thematic dip samples");
        Assert.True(heading > 0, string.Join(Environment.NewLine, march));
        Assert.Equal(["Voice of the child, March 2026",
                "Of 4 cases sampled on the voice of the child, 3 were completed: 33% (1) were graded inadequate and 67% (2) requires improvement to be good."],
            march.Skip(heading + 1).Take(2));
        Assert.DoesNotContain("Thematic dip samples", february);
    }

    private static async Task<List<string>> DocxParagraphsAsync(AppClient client, string period)
    {
        var response = await client.Http.GetAsync(new Uri($"/reports/download?format=docx&{period}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description).Distinct());
        return document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
    }

    private static List<List<string>> SheetRows(SpreadsheetDocument workbook, string name)
    {
        var part = workbook.WorkbookPart!;
        var sheet = (WorksheetPart)part.GetPartById(part.Workbook.Descendants<Sheet>().Single(x => x.Name == name).Id!);
        return sheet.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
    }

    [Fact]
    public async Task Download_OfAnUnknownTable_IsNotFound()
    {
        var s = await ReportScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var response = await lead.Http.GetAsync(new Uri($"/reports/download?table=salaries&format=csv&{Period}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
