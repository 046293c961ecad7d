using System.Globalization;
using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Reports;

/// <summary>The good practice and themes pages: the examples and the auditors' words, within each viewer's scope.</summary>
public sealed class GoodPracticeAndThemesTests : IAsyncLifetime
{
    private const string Period = ReportPagesTests.February2026;
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>
    /// The report pages' February, plus an outstanding audit in the other service area tagged "Drift and delay"; every
    /// audit's strengths and areas for development name its service area and audit, so a test can see where text came from.
    /// </summary>
    private async Task<ReportScenario> SeedAsync()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        await s.AddCompletedAsync(Grade.Outstanding, new DateOnly(2026, 2, 20), moderated: true, team: s.OtherTeam, auditor: s.OtherAuditor, themes: ["Drift and delay"]);
        await app.DbAsync(async db =>
        {
            foreach (var record in await db.AuditRecords.ToListAsync())
            {
                var area = await db.CaseAudits.Where(a => a.Id == record.CaseAuditId).Select(a => a.CaseFile!.Team!.ServiceArea!.Name).SingleAsync();
                record.Strengths = $"Strength {record.CaseAuditId} in {area}";
                record.AreasForDevelopment = $"Development {record.CaseAuditId} in {area}";
            }

            return await db.SaveChangesAsync();
        });
        return s;
    }

    [Fact]
    public async Task GoodPractice_ForTheQaLead_ListsEveryConfirmedExample_NewestFirst()
    {
        var s = await SeedAsync();
        using var lead = await SignedInAsync(app, s.QaLead);

        var page = await lead.GetPageAsync($"/reports/good-practice?{Period}");

        Assert.Equal("Good practice: February 2026", page.H1());
        var rows = page.QuerySelectorAll("#table-good-practice tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal([s.OtherTeam.ServiceAreaName, "Outstanding", "February 2026"], rows[0][2..]);
        Assert.All(rows[1..], r => Assert.Equal([s.Team.ServiceAreaName, "Good", "February 2026"], r[2..]));
        Assert.All(rows, r => Assert.Matches(@"^AUD-\d{6}$", r[0]));
        Assert.All(rows, r => Assert.Equal("Deep dive case audit", r[1]));
    }

    [Fact]
    public async Task GoodPractice_ForAServiceManager_ShowsOnlyTheirServiceArea()
    {
        var s = await SeedAsync();
        using var manager = await SignedInAsync(app, s.ServiceManager);

        var page = await manager.GetPageAsync($"/reports/good-practice?{Period}");

        var areas = page.QuerySelectorAll("#table-good-practice tbody tr td:nth-of-type(2)").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(Enumerable.Repeat(s.Team.ServiceAreaName, 4), areas);
    }

    [Fact]
    public async Task Themes_CountTheAudits_AndShowTheAuditorsWords_OnlyFromAuditsInScope()
    {
        var s = await SeedAsync();
        using var manager = await SignedInAsync(app, s.ServiceManager);
        using var lead = await SignedInAsync(app, s.QaLead);

        var managers = await manager.GetPageAsync($"/reports/themes?{Period}");
        var leads = await lead.GetPageAsync($"/reports/themes?{Period}");

        Assert.Equal(["Drift and delay", "4"], ReportPagesTests.Row(managers, "themes", "Drift and delay"));
        Assert.Equal(["Drift and delay", "5"], ReportPagesTests.Row(leads, "themes", "Drift and delay"));
        Assert.Contains("For practice and performance meetings.", managers.QuerySelector("#themes-purpose")!.TextContent, StringComparison.Ordinal);
        var managersDrift = managers.QuerySelector("#theme-1")!;
        Assert.Equal(4, managersDrift.QuerySelectorAll(".app-strengths li").Length);
        Assert.All(managersDrift.QuerySelectorAll(".app-strengths li, .app-areas li"), li => Assert.EndsWith($" in {s.Team.ServiceAreaName}", li.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(s.OtherTeam.ServiceAreaName, managers.Text(), StringComparison.Ordinal);
        Assert.Contains($"in {s.OtherTeam.ServiceAreaName}", leads.QuerySelector("#theme-1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("AUD-", managersDrift.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Themes_Download_ParsesBackToTheWordsOnThePage()
    {
        var s = await SeedAsync();
        using var manager = await SignedInAsync(app, s.ServiceManager);
        var page = await manager.GetPageAsync($"/reports/themes?{Period}");
        var href = page.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("table=theme-learning", StringComparison.Ordinal));

        var response = await manager.Http.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var csv = new CsvReader(new StreamReader(await response.Content.ReadAsStreamAsync()), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            rows.Add([csv.GetField(0)!, csv.GetField(1)!, csv.GetField(2)!]);
        }

        var onPage = page.QuerySelectorAll(".app-theme").SelectMany(theme =>
        {
            var name = theme.QuerySelector("h2")!.FirstChild!.TextContent.Trim();
            return theme.QuerySelectorAll(".app-strengths li").Select(li => new[] { name, "Strength", li.TextContent.Trim() })
                .Concat(theme.QuerySelectorAll(".app-areas li").Select(li => new[] { name, "Area for development", li.TextContent.Trim() }));
        }).ToList();
        Assert.Equal(10, rows.Count);
        Assert.Equal(onPage, rows);
    }

    [Fact]
    public async Task GoodPractice_Excel_Downloads()
    {
        var s = await SeedAsync();
        using var lead = await SignedInAsync(app, s.QaLead);

        var response = await lead.Http.GetAsync(new Uri($"/reports/good-practice?handler=download&format=xlsx&{Period}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Single(workbook.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>());
    }

    [Fact]
    public async Task ReportNavigation_LinksBothPages_KeepingThePeriod()
    {
        var s = await SeedAsync();
        using var lead = await SignedInAsync(app, s.QaLead);

        var page = await lead.GetPageAsync($"/reports?{Period}");

        var links = page.QuerySelectorAll(".moj-sub-navigation__link").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal($"/reports/good-practice?{Period}", links["Good practice"]);
        Assert.Equal($"/reports/themes?{Period}", links["Themes"]);
    }

    [Theory]
    [InlineData("/reports/good-practice")]
    [InlineData("/reports/themes")]
    public async Task LearningPages_AreNotForAuditors(string url)
    {
        var s = await ReportScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, s.OtherAuditor);

        var (response, _) = await auditor.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
