using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Reports;

/// <summary>A thematic dip sample's page: figures worked out by hand from known grades, and only within the viewer's reports.</summary>
public sealed class DipSampleReportTests : IAsyncLifetime
{
    private const string Q1 = "Is the child seen, and seen alone where appropriate?";
    private const string Q2 = "Are the child's wishes and feelings recorded in their own words?";
    private const string Q3 = "Has the child's voice influenced their plan?";
    private const string Q4 = "Is the child's lived experience clear from the record?";
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>
    /// A batch in the scenario's team of 5 audits: 3 completed (inadequate; requires improvement; good moderated to
    /// requires improvement), 1 still allocated and 1 cancelled (left out). Question by question over the 3 completed:
    /// Q1 inadequate, RI, good; Q2 inadequate, inadequate, good moderated to RI; Q3 RI, good, good; Q4 good, good, outstanding.
    /// </summary>
    public static async Task<(ReportScenario Scenario, int BatchId)> SeedAsync(AuditAppFactory app)
    {
        var s = await ReportScenario.CreateAsync(app);
        var day = new DateOnly(2026, 3, 10);
        List<int> ids =
        [
            await s.AddCompletedAsync(Grade.Inadequate, day, tool: ToolKind.DipSample, sections:
                [new(Q1, Grade.Inadequate), new(Q2, Grade.Inadequate), new(Q3, Grade.RequiresImprovement), new(Q4, Grade.Good)]),
            await s.AddCompletedAsync(Grade.RequiresImprovement, day, tool: ToolKind.DipSample, sections:
                [new(Q1, Grade.RequiresImprovement), new(Q2, Grade.Inadequate), new(Q3, Grade.Good), new(Q4, Grade.Good)]),
            await s.AddCompletedAsync(Grade.Good, day, moderatedTo: Grade.RequiresImprovement, tool: ToolKind.DipSample, sections:
                [new(Q1, Grade.Good), new(Q2, Grade.Good, Grade.RequiresImprovement), new(Q3, Grade.Good), new(Q4, Grade.Outstanding)]),
            await s.AddCompletedAsync(Grade.Outstanding, day, tool: ToolKind.DipSample, sections:
                [new(Q1, Grade.Outstanding), new(Q2, Grade.Outstanding), new(Q3, Grade.Outstanding), new(Q4, Grade.Outstanding)]),
            await s.AddAllocatedAsync(day),
        ];
        var batchId = await app.DbAsync(async db =>
        {
            var cycle = new AuditCycle { Month = new DateOnly(2026, 3, 1), DueDate = new DateOnly(2026, 3, 31), Status = CycleStatus.Open, OpenedAt = DateTimeOffset.UtcNow };
            var batch = new DipSampleBatch { Cycle = cycle, ToolVersionId = 4, Name = "Voice of the child, March 2026", CreatedAt = DateTimeOffset.UtcNow, CreatedById = s.QaLead.Id };
            db.DipSampleBatches.Add(batch);
            await db.SaveChangesAsync();
            var audits = await db.CaseAudits.Where(a => ids.Contains(a.Id)).ToListAsync();
            audits.ForEach(a => a.DipSampleBatchId = batch.Id);
            audits.Single(a => a.Id == ids[3]).State = AuditState.Cancelled;
            audits.Single(a => a.Id == ids[4]).ToolKind = ToolKind.DipSample;
            await db.SaveChangesAsync();
            return batch.Id;
        });
        return (s, batchId);
    }

    /// <summary>A second batch, in the other service area: 2 audits, 1 completed (good) in March 2026, 1 allocated.</summary>
    public static async Task<int> AddOtherServiceAreaBatchAsync(AuditAppFactory app, ReportScenario s)
    {
        var day = new DateOnly(2026, 3, 12);
        List<int> ids = [await s.AddCompletedAsync(Grade.Good, day, tool: ToolKind.DipSample, team: s.OtherTeam, auditor: s.OtherAuditor), await s.AddAllocatedAsync(day, s.OtherTeam)];
        return await app.DbAsync(async db =>
        {
            var cycleId = await db.DipSampleBatches.Select(b => b.AuditCycleId).FirstAsync();
            var batch = new DipSampleBatch { AuditCycleId = cycleId, ToolVersionId = 4, Name = "Court team voice of the child", CreatedAt = DateTimeOffset.UtcNow, CreatedById = s.QaLead.Id };
            db.DipSampleBatches.Add(batch);
            await db.SaveChangesAsync();
            await db.CaseAudits.Where(a => ids.Contains(a.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.DipSampleBatchId, batch.Id).SetProperty(a => a.ToolKind, ToolKind.DipSample));
            return batch.Id;
        });
    }

    [Fact]
    public async Task BatchPage_ReportsTheCompletedAudits_QuestionByQuestion_WeakestFirst_WithWholePercentages()
    {
        var (s, batchId) = await SeedAsync(app);
        using var manager = await SignedInAsync(app, s.ServiceManager);

        var page = await manager.GetPageAsync($"/reports/dip-samples/{batchId}");

        Assert.Equal("Of 4 cases sampled on the voice of the child, 3 were completed: 33% (1) were graded inadequate and 67% (2) requires improvement to be good.",
            page.QuerySelector("#batch-paragraph")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("#table-questions tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(
        [
            $"{Q2} | 3 | 2 | 67 | 1 | 33 | 0 | 0 | 0 | 0",
            $"{Q1} | 3 | 1 | 33 | 1 | 33 | 1 | 33 | 0 | 0",
            $"{Q3} | 3 | 0 | 0 | 1 | 33 | 2 | 67 | 0 | 0",
            $"{Q4} | 3 | 0 | 0 | 0 | 0 | 2 | 67 | 1 | 33",
        ], rows);
        Assert.Equal(4, page.QuerySelectorAll("#batch-audits tbody tr").Length);
        Assert.Equal(["Inadequate", "Requires improvement to be good", "Requires improvement to be good", "Not settled yet"],
            page.QuerySelectorAll("#batch-audits tbody td:last-child").Select(td => td.TextContent.Trim()));

        var csv = await manager.Http.GetStringAsync(new Uri($"/reports/dip-samples/{batchId}?handler=Download", UriKind.Relative));
        Assert.Contains($"\"{Q2}\",3,2,67,1,33,0,0,0,0", csv.Replace($"{Q2},", $"\"{Q2}\",", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>
    /// A batch on a met / not met dip-sample version with 3 completed audits. Question by question: "Recorded" met,
    /// not met, not met (2 of 3 not met: 67%); "Reflective" met, met, not met moderated to met (0 not met: 0%).
    /// </summary>
    [Fact]
    public async Task BatchPage_OnAMetNotMetVersion_ShowsTheColumnsOfThatScale_OnThePageAndInTheCsv()
    {
        const string recorded = "Is supervision recorded promptly?";
        const string reflective = "Is supervision reflective?";
        var s = await ReportScenario.CreateAsync(app);
        var versionId = await app.DbAsync(async db =>
        {
            var version = new AuditToolVersion
            {
                AuditToolId = 4, Number = 2, Status = ToolVersionStatus.Published, Scale = GradeScale.MetNotMet,
                Notes = "Theme: supervision", CreatedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
                Sections = [new() { Position = 1, Title = recorded }, new() { Position = 2, Title = reflective }],
            };
            db.AuditToolVersions.Add(version);
            await db.SaveChangesAsync();
            return version.Id;
        });
        var day = new DateOnly(2026, 3, 10);
        List<int> ids =
        [
            await s.AddCompletedAsync(Grade.Met, day, toolVersionId: versionId, sections: [new(recorded, Grade.Met), new(reflective, Grade.Met)]),
            await s.AddCompletedAsync(Grade.NotMet, day, toolVersionId: versionId, sections: [new(recorded, Grade.NotMet), new(reflective, Grade.Met)]),
            await s.AddCompletedAsync(Grade.Met, day, toolVersionId: versionId, sections: [new(recorded, Grade.NotMet), new(reflective, Grade.NotMet, Grade.Met)]),
        ];
        var batchId = await app.DbAsync(async db =>
        {
            var cycle = new AuditCycle { Month = new DateOnly(2026, 3, 1), DueDate = new DateOnly(2026, 3, 31), Status = CycleStatus.Open, OpenedAt = DateTimeOffset.UtcNow };
            var batch = new DipSampleBatch { Cycle = cycle, ToolVersionId = versionId, Name = "Supervision, March 2026", CreatedAt = DateTimeOffset.UtcNow, CreatedById = s.QaLead.Id };
            db.DipSampleBatches.Add(batch);
            await db.SaveChangesAsync();
            await db.CaseAudits.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(u => u.SetProperty(a => a.DipSampleBatchId, batch.Id));
            return batch.Id;
        });
        using var manager = await SignedInAsync(app, s.ServiceManager);

        var page = await manager.GetPageAsync($"/reports/dip-samples/{batchId}");
        var csv = await manager.Http.GetStringAsync(new Uri($"/reports/dip-samples/{batchId}?handler=Download", UriKind.Relative));

        Assert.Equal("Of 3 cases sampled on supervision, 3 were completed: 67% (2) met the standard.", page.QuerySelector("#batch-paragraph")!.TextContent.Trim());
        Assert.Equal(["Question", "Answers graded", "Did not meet the standard", "Did not meet %", "Met the standard", "Met %"],
            page.QuerySelectorAll("#table-questions thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal([$"{recorded} | 3 | 2 | 67 | 1 | 33", $"{reflective} | 3 | 0 | 0 | 3 | 100"],
            page.QuerySelectorAll("#table-questions tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))));
        Assert.Equal(["Question,Answers graded,Did not meet the standard,Did not meet %,Met the standard,Met %", $"{recorded},3,2,67,1,33", $"{reflective},3,0,0,3,100"],
            csv.TrimStart('\uFEFF').Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task BatchPage_IsNotFound_ForALeaderWhoseReportsHoldNoneOfItsAudits_AndForbidden_ToThoseWhoSeeNoReports()
    {
        var (s, batchId) = await SeedAsync(app);
        using var other = await SignedInAsync(app, s.OtherServiceManager);
        using var auditor = await SignedInAsync(app, s.OtherAuditor);
        using var director = await SignedInAsync(app, s.AssistantDirector);

        var (outOfScope, _) = await other.GetAsync($"/reports/dip-samples/{batchId}");
        var (download, _) = await other.GetAsync($"/reports/dip-samples/{batchId}?handler=Download");
        var (list, listPage) = await other.GetAsync("/reports/dip-samples");
        var (noReports, _) = await auditor.GetAsync($"/reports/dip-samples/{batchId}");
        var (missing, _) = await director.GetAsync("/reports/dip-samples/999999");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.NotFound),
            (outOfScope.StatusCode, download.StatusCode, list.StatusCode, noReports.StatusCode, missing.StatusCode));
        Assert.NotNull(listPage.QuerySelector("#no-dip-samples"));
        Assert.Equal("Voice of the child, March 2026", (await director.GetPageAsync("/reports/dip-samples")).QuerySelector("#dip-samples tbody th")!.TextContent.Trim());
    }
}
