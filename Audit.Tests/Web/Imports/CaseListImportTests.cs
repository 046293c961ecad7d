using System.Text;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Imports;

public sealed class CaseListImportTests : IAsyncLifetime
{
    private const string ImportPage = "/admin/cases/import";
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AFileWithGoodAndBadRows_ListsEveryProblemByRowAndColumn_AndImportsNothing()
    {
        var (scenario, team) = await ScenarioAsync();
        await SetReferenceFormatAsync(@"^LCS-\d{4,8}$");
        var email = scenario.Practitioner.Email;
        var other = scenario.Outsider.Email;
        var file = $"""
            worker,Case Type,case_reference,team,start_date,age_band,status,notes
            {email},Child in need,LCS-100001,{team},01/02/2026,5 to 9,open,ignored
            {email},child-protection,LCS-100002,CHAT 3,2026-02-01,,,
            {email},Adoption,LCS-100003,{team},,,,
            {email},Cared for,Jane Smith,{team},,,,
            {email},EARLY HELP,LCS-100005,{team},31/02/2026,,,
            {other},Youth justice,LCS-100006,{team},,,,
            {email},Early help,LCS-100001,{team},,,,
            {email},Early help,LCS-100008,{team},,,maybe,
            ,,,,,,,
            {email},"Care
            experienced",LCS-100009,{team},,Teenager,,
            """;
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await client.UploadAsync(await client.GetPageAsync(ImportPage), "Input.File", "cases.csv", Encoding.UTF8.GetBytes(file), "text/csv");

        Assert.Equal(
        [
            "Row 3: team 'CHAT 3' does not exist",
            "Row 4: case type 'Adoption' is not one of Early help, Child in need, Child protection, Cared for, Care experienced, Fostering household, Youth justice",
            @"Row 5: case_reference does not match the case management system's format (^LCS-\d{4,8}$): it may be a child's name",
            "Row 6: start date '31/02/2026' is not a real date: use dd/mm/yyyy or yyyy-mm-dd",
            $"Row 7: worker '{other}' is not in team '{team}'",
            "Row 8: case reference LCS-100001 is already on row 2",
            "Row 9: status 'maybe' must be open or closed",
            "Row 11: age band 'Teenager' is not one of Under 1, 1 to 4, 5 to 9, 10 to 15, 16 or over",
        ], page.QuerySelectorAll("#import-problems tbody tr td:nth-child(3)").Select(c => c.TextContent.Replace("\r", "", StringComparison.Ordinal)));
        Assert.Equal(["team", "case_type", "case_reference", "start_date", "worker", "case_reference", "status", "age_band"],
            page.QuerySelectorAll("#import-problems tbody tr td:nth-child(2)").Select(c => c.TextContent));
        Assert.Equal(["8 rows have problems, listed below: nothing was imported. Fix the file, or import only the valid rows"], page.ErrorSummary());
        Assert.False(await app.DbAsync(db => db.CaseFiles.AnyAsync(c => c.Reference.StartsWith("LCS-1000"))));
    }

    [Fact]
    public async Task ValidRowsOnly_ImportsExactlyTheValidRows_WithEveryColumn()
    {
        var (scenario, team) = await ScenarioAsync();
        var email = scenario.Practitioner.Email.ToUpperInvariant();
        var file = $"""
            case_reference,case_type,team,worker,start_date,age_band,status
            LCS-200001,Child in need,{team},{email},01/02/2026,5 to 9,open
            LCS-200002,Child in need,No such team,{email},,,
            "LCS-200003","Fostering household"," {team} ",{email},2025-12-31,,Closed
            """;
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await UploadAsync(client, file, validRowsOnly: true);

        Assert.Equal("Case list imported: 2 cases added, 0 updated, 1 row with problems not imported", page.QuerySelector("#import-summary")?.TextContent);
        Assert.Equal(["Row 3: team 'No such team' does not exist"], page.QuerySelectorAll("#import-problems tbody tr td:nth-child(3)").Select(c => c.TextContent));
        var cases = await app.DbAsync(db => db.CaseFiles.AsNoTracking().Where(c => c.Reference.StartsWith("LCS-2000")).OrderBy(c => c.Reference).ToListAsync());
        Assert.Equal(["LCS-200001", "LCS-200003"], cases.Select(c => c.Reference));
        Assert.Equal((CaseType.ChildInNeed, new DateOnly(2026, 2, 1), AgeBand.FiveToNine, false, scenario.TeamId, scenario.Practitioner.Id),
            (cases[0].CaseType, cases[0].StartDate, cases[0].AgeBand, cases[0].IsClosed, cases[0].TeamId, cases[0].PractitionerId));
        Assert.Equal((CaseType.FosteringHousehold, new DateOnly(2025, 12, 31), (AgeBand?)null, true),
            (cases[1].CaseType, cases[1].StartDate, cases[1].AgeBand, cases[1].IsClosed));
    }

    [Fact]
    public async Task ReImportingTheList_UpdatesCasesByReference_InsteadOfDuplicatingThem()
    {
        var (scenario, team) = await ScenarioAsync();
        var reference = await app.DbAsync(db => db.CaseFiles.Where(c => c.Id == scenario.CaseFileId).Select(c => c.Reference).SingleAsync());
        var email = scenario.OtherPractitioner.Email;
        var file = $"""
            case_reference,case_type,team,worker,status
            {reference},Cared for,{team},{email},closed
            LCS-300001,Child in need,{team},{email},
            """;
        using var client = await QaLeadAsync(scenario);
        var (_, first) = await UploadAsync(client, file);

        var (_, second) = await UploadAsync(client, file.Replace("LCS-300001,Child in need", "LCS-300001,Child protection", StringComparison.Ordinal));

        Assert.Equal("Case list imported: 1 case added, 1 updated", first.SuccessBanner());
        Assert.Equal("Case list imported: 0 cases added, 1 updated", second.SuccessBanner());
        var cases = await app.DbAsync(db => db.CaseFiles.AsNoTracking().Where(c => c.Reference == reference || c.Reference == "LCS-300001").OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([(scenario.CaseFileId, CaseType.CaredFor, true, scenario.OtherPractitioner.Id), (cases[1].Id, CaseType.ChildProtection, false, scenario.OtherPractitioner.Id)],
            cases.Select(c => (c.Id, c.CaseType, c.IsClosed, c.PractitionerId)));
        Assert.Equal(1, await app.DbAsync(db => db.CaseAudits.CountAsync(a => a.CaseFileId == scenario.CaseFileId)));
    }

    [Fact]
    public async Task TheWorkerColumn_MatchesAStaffNumberInAnyCase_AndStillChecksTheTeam()
    {
        var (scenario, team) = await ScenarioAsync();
        var (ours, outsiders) = ($"SW{Guid.NewGuid().ToString("N")[..8]}".ToUpperInvariant(), $"SW{Guid.NewGuid().ToString("N")[..8]}".ToUpperInvariant());
        await app.DbAsync(db => db.Users.Where(u => u.Id == scenario.Practitioner.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.StaffNumber, ours)));
        await app.DbAsync(db => db.Users.Where(u => u.Id == scenario.Outsider.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.StaffNumber, outsiders)));
        var file = $"""
            case_reference,case_type,team,worker
            LCS-600001,Child in need,{team},{ours.ToLowerInvariant()}
            LCS-600002,Child in need,{team},{outsiders}
            LCS-600003,Child in need,{team},SW-NOBODY
            """;
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await UploadAsync(client, file, validRowsOnly: true);

        Assert.Equal(
            [$"Row 3: worker '{outsiders}' is not in team '{team}'", "Row 4: worker 'SW-NOBODY' is not an active practitioner in Audit"],
            page.QuerySelectorAll("#import-problems tbody tr td:nth-child(3)").Select(c => c.TextContent));
        var imported = await app.DbAsync(db => db.CaseFiles.AsNoTracking().Where(c => c.Reference.StartsWith("LCS-6000")).Select(c => new { c.Reference, c.PractitionerId }).ToListAsync());
        Assert.Equal([("LCS-600001", (string?)scenario.Practitioner.Id)], imported.Select(c => (c.Reference, c.PractitionerId)));
    }

    [Theory]
    [InlineData("empty.csv", "", "The selected file is empty")]
    [InlineData("cases.xlsx", "case_reference,case_type,team,worker\n", "The selected file must be a CSV file (.csv)")]
    [InlineData("cases.csv", "PK\u0003\u0004 a spreadsheet renamed", "The selected file must be a CSV file: save the spreadsheet as \"CSV UTF-8 (comma delimited)\"")]
    [InlineData("cases.csv", "reference,type\nLCS-1,Early help\n", "The first row must name the columns: case_reference, case_type, team, worker are missing")]
    public async Task AFileThatIsNotACaseList_IsRefusedWithTheReason(string fileName, string content, string message)
    {
        var (scenario, _) = await ScenarioAsync();
        using var client = await QaLeadAsync(scenario);

        var (response, page) = await client.UploadAsync(await client.GetPageAsync(ImportPage), "Input.File", fileName, Encoding.UTF8.GetBytes(content), "text/csv");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], page.ErrorSummary());
    }

    [Fact]
    public async Task AFileNotSavedAsUtf8_IsRefused_NamingTheEncodingToUse()
    {
        var (scenario, team) = await ScenarioAsync();
        using var client = await QaLeadAsync(scenario);
        var latin1 = Encoding.Latin1.GetBytes($"case_reference,case_type,team,worker\nLCS-400001,Child in need,{team} équipe,{scenario.Practitioner.Email}\n");

        var (_, page) = await client.UploadAsync(await client.GetPageAsync(ImportPage), "Input.File", "cases.csv", latin1, "text/csv");

        Assert.Equal(["The selected file must be saved as UTF-8: in Excel choose \"CSV UTF-8 (comma delimited)\""], page.ErrorSummary());
    }

    [Fact]
    public async Task AFileOverTenMegabytes_IsRefused_WithTheLimit()
    {
        var (scenario, _) = await ScenarioAsync();
        using var client = await QaLeadAsync(scenario);
        var big = Encoding.UTF8.GetBytes("case_reference,case_type,team,worker\n" + new string('x', 10 * 1024 * 1024));

        var (_, page) = await client.UploadAsync(await client.GetPageAsync(ImportPage), "Input.File", "cases.csv", big, "text/csv");

        Assert.Equal(["The selected file must be smaller than 10 MB"], page.ErrorSummary());
    }

    [Fact]
    public async Task TheCommandLine_PrintsTheProblemsAndASummary_AndSucceedsOnlyWhenSomethingWasImported()
    {
        var (scenario, team) = await ScenarioAsync();
        var path = Path.Combine(app.Folder, "cases.csv");
        await File.WriteAllTextAsync(path, $"case_reference,case_type,team,worker\nLCS-500001,Early help,{team},{scenario.Practitioner.Email}\nLCS-500002,Early help,CHAT 3,{scenario.Practitioner.Email}\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var refused = await Audit.Web.Infrastructure.CommandLine.ImportCasesAsync(app.Services, path, validRowsOnly: false, output, errors);
        var imported = await Audit.Web.Infrastructure.CommandLine.ImportCasesAsync(app.Services, path, validRowsOnly: true, output, errors);

        Assert.Equal((1, 0), (refused, imported));
        Assert.Equal(["Row 3: team 'CHAT 3' does not exist", "Row 3: team 'CHAT 3' does not exist"], errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            ["Nothing was imported: 1 of 2 rows have problems. Fix the file, or run again with --valid-rows-only.", "Case list imported: 1 case added, 0 updated, 1 row with problems not imported."],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.True(await app.DbAsync(db => db.CaseFiles.AnyAsync(c => c.Reference == "LCS-500001")));
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> UploadAsync(AppClient client, string file, bool validRowsOnly = false)
    {
        var form = await client.GetPageAsync(ImportPage);
        var values = validRowsOnly ? new Dictionary<string, string> { ["Input.ValidRowsOnly"] = "true" } : null;
        return await client.UploadAsync(form, "Input.File", "cases.csv", Encoding.UTF8.GetBytes(file), "text/csv", values: values);
    }

    private async Task<(AuditScenario Scenario, string Team)> ScenarioAsync()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var team = await app.DbAsync(db => db.Teams.Where(t => t.Id == scenario.TeamId).Select(t => t.Name).SingleAsync());
        return (scenario, team);
    }

    private Task SetReferenceFormatAsync(string pattern) =>
        app.DbAsync(db => db.WorkflowSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CaseReferencePattern, pattern)));

    private async Task<AppClient> QaLeadAsync(AuditScenario scenario)
    {
        var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);
        return client;
    }
}
