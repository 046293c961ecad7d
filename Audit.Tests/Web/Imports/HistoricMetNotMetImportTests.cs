using System.Text;
using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web.Imports;

/// <summary>The historic import reads grades on the scale of each row's tool: met / not met for the supervision audit.</summary>
public sealed class HistoricMetNotMetImportTests : IAsyncLifetime
{
    private const string ImportPage = "/admin/audits/import";
    private const string Header = "case_reference,service_area,team,tool,auditor,completed_on,auditor_grade,moderated_grade,family_feedback_obtained,themes,external_id";
    private const string Supervision = "Supervision audit";
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task MetAndNotMet_InAnyCaseAndSpelling_AreImportedForTheSupervisionAudit()
    {
        var (scenario, area, team) = await ScenarioAsync();
        var file = $"""
            {Header}
            LCS-730001,{area},{team},{Supervision},,01/03/2025,MET,,,,
            LCS-730002,{area},{team},{Supervision},,01/03/2025,not met,,,,
            LCS-730003,{area},{team},supervision audit,,01/03/2025,Met,Not-Met,,,
            LCS-730004,{area},{team},{Supervision},,01/03/2025,notmet,met,,,
            """;
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await UploadAsync(client, file);

        Assert.Equal("Historic audits imported: 4 audits added, 0 updated, 4 new cases", page.SuccessBanner());
        var audits = await app.DbAsync(db => db.CaseAudits.AsNoTracking().Where(a => a.IsImported).OrderBy(a => a.CaseFile!.Reference)
            .Select(a => new { a.ToolKind, Scale = a.ToolVersion!.Scale, a.AuditorGrade, a.FinalGrade }).ToListAsync());
        Assert.All(audits, a => Assert.Equal((ToolKind.Supervision, GradeScale.MetNotMet), (a.ToolKind, a.Scale)));
        Assert.Equal(
            [(Grade.Met, Grade.Met), (Grade.NotMet, Grade.NotMet), (Grade.Met, Grade.NotMet), (Grade.NotMet, Grade.Met)],
            audits.Select(a => (a.AuditorGrade!.Value, a.FinalGrade!.Value)));
    }

    [Fact]
    public async Task AGradeOffTheToolsScale_IsRefusedByRowAndColumn_AndNothingIsImported()
    {
        var (scenario, area, team) = await ScenarioAsync();
        var file = $"""
            {Header}
            LCS-740001,{area},{team},{Supervision},,01/03/2025,Met,,,,
            LCS-740002,{area},{team},,,01/03/2025,Good,Not met,,,
            LCS-740003,{area},{team},{Supervision},,01/03/2025,Good,,,,
            LCS-740004,{area},{team},Deep dive case audit,,01/03/2025,met,,,,
            LCS-740005,{area},{team},{Supervision},,01/03/2025,Not met,Requires improvement,,,
            LCS-740006,{area},{team},{Supervision},,01/03/2025,Partly met,,,,
            """;
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await UploadAsync(client, file);

        Assert.Equal(
        [
            "Row 3: moderated_grade 'Not met' is not on the deep-dive audit's scale (outstanding, good, requires improvement or inadequate)",
            "Row 4: auditor_grade 'Good' is not on the supervision audit's scale (met or not met)",
            "Row 5: auditor_grade 'met' is not on the deep-dive audit's scale (outstanding, good, requires improvement or inadequate)",
            "Row 6: moderated_grade 'Requires improvement' is not on the supervision audit's scale (met or not met)",
            "Row 7: auditor grade 'Partly met' is not one of Met or Not met",
        ], page.QuerySelectorAll("#import-problems tbody tr td:nth-child(3)").Select(c => c.TextContent));
        Assert.Equal(
            [HistoricColumns.Moderated, HistoricColumns.Auditor, HistoricColumns.Auditor, HistoricColumns.Moderated, HistoricColumns.Auditor],
            page.QuerySelectorAll("#import-problems tbody tr td:nth-child(2)").Select(c => c.TextContent.Trim()));
        Assert.False(await app.DbAsync(db => db.CaseAudits.AnyAsync(a => a.IsImported)));
    }

    [Fact]
    public async Task AToolWhosePublishedVersionIsMetNotMet_TakesMetAndRefusesOfstedWords()
    {
        var (scenario, area, team) = await ScenarioAsync();
        await app.InScopeAsync(async sp =>
        {
            var tools = sp.GetRequiredService<AuditToolService>();
            var draft = await tools.CreateDraftAsync(ShippedAuditTools.DeepDiveToolId, GradeScale.MetNotMet, scenario.QaLead.Id);
            var details = await tools.FindVersionAsync(draft.Value);
            return await tools.PublishAsync(draft.Value, details!.Version, scenario.QaLead.Id);
        });
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await UploadAsync(client, $"""
            {Header}
            LCS-750001,{area},{team},,,01/03/2025,Met,,,,
            LCS-750002,{area},{team},,,01/03/2025,Good,,,,
            """);

        Assert.Equal(["Row 3: auditor_grade 'Good' is not on the deep-dive audit's scale (met or not met)"],
            page.QuerySelectorAll("#import-problems tbody tr td:nth-child(3)").Select(c => c.TextContent));
    }

    private static class HistoricColumns
    {
        public const string Auditor = "auditor_grade";
        public const string Moderated = "moderated_grade";
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> UploadAsync(AppClient client, string file)
    {
        var form = await client.GetPageAsync(ImportPage);
        return await client.UploadAsync(form, "Input.File", "audits.csv", Encoding.UTF8.GetBytes(file), "text/csv");
    }

    private async Task<(AuditScenario Scenario, string Area, string Team)> ScenarioAsync()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var team = await app.DbAsync(db => db.Teams.Where(t => t.Id == scenario.TeamId).Select(t => new { t.Name, Area = t.ServiceArea!.Name }).SingleAsync());
        return (scenario, team.Area, team.Name);
    }

    private async Task<AppClient> QaLeadAsync(AuditScenario scenario)
    {
        var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);
        return client;
    }
}
