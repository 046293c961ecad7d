using System.Text;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Imports;
using Audit.Workflows.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web.Imports;

public sealed class HistoricAuditImportTests : IAsyncLifetime
{
    private const string ImportPage = "/admin/audits/import";
    private const string Header = "case_reference,service_area,team,tool,auditor,completed_on,auditor_grade,moderated_grade,family_feedback_obtained,themes,external_id";
    private const string Theme = "Historic: voice of the child";
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AFileWithGoodAndBadRows_ListsEveryProblemByRow_AndImportsNothing()
    {
        var (scenario, area, team) = await ScenarioAsync();
        var file = $"""
            {Header}
            LCS-700001,{area},{team},,{scenario.Auditor.Email},01/03/2025,Good,,yes,{Theme},H-1
            LCS-700002,North,{team},,,01/03/2025,Good,,,,
            LCS-700003,{area},{team},,someone@nowhere.example,2025-03-02,RI,,,,
            LCS-700004,{area},{team},,,31/02/2025,Good,,,,
            LCS-700005,{area},{team},,,01/03/2025,Brilliant,Meh,maybe,Nonexistent theme,
            LCS-700006,{area},,,,01/03/2025,Good,,,,
            LCS-700007,{area},{team},Survey of nothing,,01/03/2025,Good,,,,
            LCS-700008,{area},{team},,,01/03/2025,Good,,,,H-1
            LCS-700009,{area},{team},,,,,,,,
            """;
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await UploadAsync(client, file);

        Assert.Equal(
        [
            "Row 3: service area 'North' does not exist",
            "Row 4: auditor 'someone@nowhere.example' is not a member of staff in Audit: give the email they use in Audit, or their name",
            "Row 5: completed date '31/02/2025' is not a real date: use dd/mm/yyyy or yyyy-mm-dd",
            "Row 6: auditor grade 'Brilliant' is not one of Outstanding, Good, Requires improvement (or RI) or Inadequate",
            "Row 6: moderated grade 'Meh' is not one of Outstanding, Good, Requires improvement (or RI) or Inadequate",
            "Row 6: family feedback obtained 'maybe' must be yes or no",
            "Row 6: theme 'Nonexistent theme' is not a learning theme in Audit: add it under Learning themes, or remove it from the row",
            "Row 7: team is empty: case LCS-700006 is not in Audit yet, so name its team",
            "Row 8: tool 'Survey of nothing' does not exist",
            "Row 9: external_id H-1 is already on row 2",
            "Row 10: completed_on is empty",
            "Row 10: auditor_grade is empty",
        ], page.QuerySelectorAll("#import-problems tbody tr td:nth-child(3)").Select(c => c.TextContent));
        Assert.Equal(["8 rows have problems, listed below: nothing was imported. Fix the file, or import only the valid rows"], page.ErrorSummary());
        Assert.False(await app.DbAsync(db => db.CaseAudits.AnyAsync(a => a.IsImported)));
        Assert.False(await app.DbAsync(db => db.CaseFiles.AnyAsync(c => c.Reference.StartsWith("LCS-7000"))));
    }

    [Fact]
    public async Task ValidRowsOnly_ImportsExactlyTheValidRows_ClosedAndOutsideTheWorkflow()
    {
        var (scenario, area, team) = await ScenarioAsync();
        var file = $"""
            {Header}
            LCS-710001,{area},{team},,{scenario.Auditor.Email.ToUpperInvariant()},01/03/2025,Good,requires improvement to be good,Yes,{Theme},H-10
            LCS-710002,North,{team},,,01/03/2025,Good,,,,
            LCS-710003,{area},{team},Deep dive case audit,Sam Former,2025-03-02,OUTSTANDING,,no,,
            """;
        using var client = await QaLeadAsync(scenario);
        var outboxBefore = await app.DbAsync(db => db.OutboxMessages.CountAsync());

        var (_, page) = await UploadAsync(client, file, validRowsOnly: true);

        Assert.Equal("Historic audits imported: 2 audits added, 0 updated, 2 new cases, 1 row with problems not imported", page.QuerySelector("#import-summary")?.TextContent);
        Assert.Equal(["Row 3: service area 'North' does not exist"], page.QuerySelectorAll("#import-problems tbody tr td:nth-child(3)").Select(c => c.TextContent));
        var audits = await app.DbAsync(db => db.CaseAudits.AsNoTracking().Include(a => a.CaseFile).Include(a => a.Record).Include(a => a.Themes)
            .Where(a => a.IsImported).OrderBy(a => a.CaseFile!.Reference).ToListAsync());
        Assert.Equal(["LCS-710001", "LCS-710003"], audits.Select(a => a.CaseFile!.Reference));
        Assert.All(audits, a => Assert.Equal((AuditState.Closed, scenario.TeamId), (a.State, a.CaseFile!.TeamId)));
        Assert.Equal((scenario.Auditor.Id, (string?)null, Grade.Good, Grade.RequiresImprovement, true, (bool?)true, 1),
            (audits[0].AuditorId, audits[0].ImportedAuditorName, audits[0].AuditorGrade!.Value, audits[0].FinalGrade!.Value, audits[0].ModeratedAt is not null, audits[0].Record!.FeedbackObtained, audits[0].Themes.Count));
        Assert.Equal((HistoricAuditImport.UnknownAuditorId, "Sam Former", Grade.Outstanding, false, (bool?)false, 0),
            (audits[1].AuditorId, audits[1].ImportedAuditorName, audits[1].FinalGrade!.Value, audits[1].ModeratedAt is not null, audits[1].Record!.FeedbackObtained, audits[1].Themes.Count));
        var ids = audits.Select(a => a.Id).ToList();
        Assert.False(await app.DbAsync(db => db.Deadlines.AnyAsync(d => ids.Contains(d.CaseAuditId))));
        Assert.Equal(outboxBefore, await app.DbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task ReImporting_UpdatesByExternalId_AndWithoutOneByCaseDateAndTool_WithoutDuplicates()
    {
        var (scenario, area, team) = await ScenarioAsync();
        var file = $"""
            {Header}
            LCS-720001,{area},{team},,,01/03/2025,Good,,,,H-20
            LCS-720002,{area},{team},,,02/03/2025,Good,,,,
            """;
        using var client = await QaLeadAsync(scenario);
        var (_, first) = await UploadAsync(client, file);

        var changed = file.Replace("01/03/2025,Good", "05/03/2025,Inadequate", StringComparison.Ordinal).Replace("02/03/2025,Good,", "2025-03-02,Good,RI", StringComparison.Ordinal);
        var (_, second) = await UploadAsync(client, changed);

        Assert.Equal("Historic audits imported: 2 audits added, 0 updated, 2 new cases", first.SuccessBanner());
        Assert.Equal("Historic audits imported: 0 audits added, 2 updated", second.SuccessBanner());
        var audits = await app.DbAsync(db => db.CaseAudits.AsNoTracking().Where(a => a.IsImported).OrderBy(a => a.CaseFile!.Reference)
            .Select(a => new { a.CaseFile!.Reference, a.DueDate, a.FinalGrade }).ToListAsync());
        Assert.Equal([("LCS-720001", new DateOnly(2025, 3, 5), Grade.Inadequate), ("LCS-720002", new DateOnly(2025, 3, 2), Grade.RequiresImprovement)],
            audits.Select(a => (a.Reference, a.DueDate, a.FinalGrade!.Value)));
        Assert.Equal(2, await app.DbAsync(db => db.CaseFiles.CountAsync(c => c.Reference.StartsWith("LCS-7200"))));
    }

    [Fact]
    public async Task ImportedAudits_CountInThePeriodReport_ByTheirFinalGrade()
    {
        var (scenario, area, team) = await ScenarioAsync();
        // 4 in March 2025: 1 inadequate, 2 requires improvement (one moderated down from good), 1 good. April's is not counted.
        var file = $"""
            {Header}
            LCS-730001,{area},{team},,,01/03/2025,Inadequate,,,,
            LCS-730002,{area},{team},,,15/03/2025,RI,,,,
            LCS-730003,{area},{team},,,20/03/2025,Good,Requires improvement,,,
            LCS-730004,{area},{team},,,31/03/2025,good,,,,
            LCS-730005,{area},{team},,,01/04/2025,Outstanding,,,,
            """;
        using var client = await QaLeadAsync(scenario);
        await UploadAsync(client, file);

        var report = await ReportAsync(scenario.QaLead.Id, ReportPeriod.Month(2025, 3));

        Assert.Equal("4 deep dive audits were completed in March 2025: 25% (1) were graded inadequate, 50% (2) requires improvement to be good and 25% (1) good.", report.Paragraph[0]);
        // Imported audits were never allocated in Audit: April's counts as completed in April, not as allocated.
        Assert.Equal("No audits are allocated in April 2025.", report.Paragraph[^1]);
    }

    [Fact]
    public async Task TheCommandLine_PrintsTheProblemsByRowAndASummary_AndSucceedsOnlyWhenAuditsWereImported()
    {
        var (_, area, team) = await ScenarioAsync();
        var path = Path.Combine(app.Folder, "audits.csv");
        await File.WriteAllTextAsync(path, $"{Header}\nLCS-740001,{area},{team},,,01/03/2025,Good,,,,\nLCS-740002,North,{team},,,01/03/2025,Good,,,,\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var refused = await Audit.Web.Infrastructure.CommandLine.ImportAuditsAsync(app.Services, path, validRowsOnly: false, output, errors);
        var imported = await Audit.Web.Infrastructure.CommandLine.ImportAuditsAsync(app.Services, path, validRowsOnly: true, output, errors);
        var missing = await Audit.Web.Infrastructure.CommandLine.ImportAuditsAsync(app.Services, Path.Combine(app.Folder, "none.csv"), validRowsOnly: true, output, errors);

        Assert.Equal((1, 0, 1), (refused, imported, missing));
        Assert.Equal(["Row 3: service area 'North' does not exist", "Row 3: service area 'North' does not exist", $"No file at {Path.Combine(app.Folder, "none.csv")}"],
            errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            ["Nothing was imported: 1 of 2 rows have problems. Fix the file, or run again with --valid-rows-only.", "Historic audits imported: 1 audit added, 0 updated, 1 new case, 1 row with problems not imported."],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, await app.DbAsync(db => db.CaseAudits.CountAsync(a => a.IsImported)));
    }

    [Fact]
    public async Task ImportedAudits_AreInNobodysWork_AndTheAuditPagesStillOpen()
    {
        var (scenario, area, _) = await ScenarioAsync();
        var reference = await app.DbAsync(db => db.CaseFiles.Where(c => c.Id == scenario.CaseFileId).Select(c => c.Reference).SingleAsync());
        using var qaLead = await QaLeadAsync(scenario);
        await UploadAsync(qaLead, $"{Header}\n{reference},{area},,,{scenario.OtherAuditor.Email},01/03/2025,Inadequate,,,,\n{reference},{area},,,Sam Former,02/03/2025,Good,,,,\n");
        var imported = await app.DbAsync(db => db.CaseAudits.Where(a => a.IsImported).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.Equal(2, imported.Count);

        foreach (var person in new[] { scenario.Practitioner, scenario.OtherAuditor })
        {
            using var client = AppClient.For(app);
            await client.SignInAsync(person);
            var work = await client.GetPageAsync("/");
            Assert.DoesNotContain(imported, id => work.Body!.TextContent.Contains($"AUD-{id:D6}", StringComparison.Ordinal));
        }

        foreach (var path in new[] { "/admin/audits", $"/audits/{imported[0]}", $"/audits/{imported[1]}" })
        {
            var (response, _) = await qaLead.GetAsync(path);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var (_, details) = await qaLead.GetAsync($"/audits/{imported[1]}");
        Assert.Equal("Imported from the historic record: completed on 2 March 2025 before Audit was used, audited by Sam Former. Only its grades, family feedback and themes were imported; it never had deadlines or emails in Audit.",
            string.Join(' ', details.QuerySelector("#imported-audit")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

        // The stand-in auditor of "Sam Former" is nobody to manage: not in the staff list.
        var (staffResponse, staff) = await qaLead.GetAsync("/admin/staff");
        Assert.Equal(System.Net.HttpStatusCode.OK, staffResponse.StatusCode);
        Assert.DoesNotContain("historic import", staff.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportedAudits_CountInTheKpisOnlyForWhatTheFileRecords()
    {
        var (scenario, area, team) = await ScenarioAsync();
        // 3 in March 2025: feedback yes, no and not given. No due dates or discussions are recorded for any.
        var file = $"""
            {Header}
            LCS-760001,{area},{team},,,01/03/2025,Good,,yes,,
            LCS-760002,{area},{team},,,02/03/2025,Good,,no,,
            LCS-760003,{area},{team},,,03/03/2025,Good,,,,
            """;
        using var client = await QaLeadAsync(scenario);
        await UploadAsync(client, file);

        await using var scope = app.Services.CreateAsyncScope();
        var kpis = (await scope.ServiceProvider.GetRequiredService<DashboardService>().ForAsync(scenario.QaLead.Id, ReportPeriod.Month(2025, 3)))!.Kpis;

        Assert.Equal([(2, 2), (1, 2), (0, 0), (0, 0)],
            new[] { kpis.FeedbackSought, kpis.FeedbackObtained, kpis.DiscussionHeld, kpis.AuditsOnTime }.Select(m => (m.Count, m.OutOf)));
    }

    [Fact]
    public async Task RowsThatDisagreeWithTheOrganisation_AreRefusedByRow()
    {
        var (scenario, area, team) = await ScenarioAsync();
        var other = await TestData.ATeam().CreateAsync(app);
        var reference = await app.DbAsync(db => db.CaseFiles.Where(c => c.Id == scenario.CaseFileId).Select(c => c.Reference).SingleAsync());
        await app.DbAsync(db => db.WorkflowSettings.ExecuteUpdateAsync(x => x.SetProperty(w => w.CaseReferencePattern, @"^LCS-\w{4,8}$")));
        var file = $"""
            {Header}
            LCS-750001,{area},{other.TeamName},,,01/03/2025,Requires improvement to be good,,,,
            {reference},{other.ServiceAreaName},{other.TeamName},,,01/03/2025,Good,,,,
            Jane Smith,{area},{team},,,01/03/2025,Good,,,,
            LCS-750004,{area},{team},,,01/01/1999,Good,,,,
            """;
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await UploadAsync(client, file);

        Assert.Equal(
        [
            $"Row 2: team '{other.TeamName}' is not in service area '{area}'",
            $"Row 3: case {reference} is not in service area '{other.ServiceAreaName}' in Audit",
            @"Row 4: case_reference does not match the case management system's format (^LCS-\w{4,8}$): it may be a child's name",
            "Row 5: completed date '01/01/1999' must be between 1 January 2000 and today",
        ], page.QuerySelectorAll("#import-problems tbody tr td:nth-child(3)").Select(c => c.TextContent));
    }

    [Fact]
    public async Task AFileOverTenMegabytes_IsRefused_WithTheLimit()
    {
        var (scenario, _, _) = await ScenarioAsync();
        using var client = await QaLeadAsync(scenario);
        var big = new byte[(10 * 1024 * 1024) + 1];
        Array.Fill(big, (byte)'a');

        var (_, page) = await client.UploadAsync(await client.GetPageAsync(ImportPage), "Input.File", "audits.csv", big, "text/csv");

        Assert.Equal(["The selected file must be smaller than 10 MB"], page.ErrorSummary());
    }

    [Fact]
    public async Task TheCommandLine_RefusesAFileWithoutTheRequiredColumns_WithExitCode1()
    {
        await ScenarioAsync();
        var path = Path.Combine(app.Folder, "audits.csv");
        await File.WriteAllTextAsync(path, "case_reference,grade\nLCS-1,Good\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await Audit.Web.Infrastructure.CommandLine.ImportAuditsAsync(app.Services, path, validRowsOnly: true, output, errors);

        Assert.Equal(1, exitCode);
        Assert.Equal("The first row must name the columns: service_area, completed_on, auditor_grade are missing", errors.ToString().Trim());
        Assert.Equal("Nothing was imported.", output.ToString().Trim());
    }

    [Theory]
    [InlineData("audits.xlsx", "case_reference\n", "The selected file must be a CSV file (.csv)")]
    [InlineData("audits.csv", "case_reference,tool\nLCS-1,x\n", "The first row must name the columns: service_area, completed_on, auditor_grade are missing")]
    public async Task AFileThatIsNotAnAuditList_IsRefusedWithTheReason(string fileName, string content, string message)
    {
        var (scenario, _, _) = await ScenarioAsync();
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await client.UploadAsync(await client.GetPageAsync(ImportPage), "Input.File", fileName, Encoding.UTF8.GetBytes(content), "text/csv");

        Assert.Equal([message], page.ErrorSummary());
    }

    private async Task<PeriodReport> ReportAsync(string staffId, ReportPeriod period)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PeriodReportService>().ForAsync(staffId, period))!;
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> UploadAsync(AppClient client, string file, bool validRowsOnly = false)
    {
        var form = await client.GetPageAsync(ImportPage);
        var values = validRowsOnly ? new Dictionary<string, string> { ["Input.ValidRowsOnly"] = "true" } : null;
        return await client.UploadAsync(form, "Input.File", "audits.csv", Encoding.UTF8.GetBytes(file), "text/csv", values: values);
    }

    private async Task<(AuditScenario Scenario, string Area, string Team)> ScenarioAsync()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var team = await app.DbAsync(db => db.Teams.Where(t => t.Id == scenario.TeamId).Select(t => new { t.Name, Area = t.ServiceArea!.Name }).SingleAsync());
        await app.DbAsync(async db =>
        {
            db.LearningThemes.Add(new LearningTheme { Name = Theme });
            return await db.SaveChangesAsync();
        });
        return (scenario, team.Area, team.Name);
    }

    private async Task<AppClient> QaLeadAsync(AuditScenario scenario)
    {
        var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);
        return client;
    }
}
