using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Programme;

public sealed class CaseListPagingTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TheCaseList_PagesEveryCase_WithTheCount_AndKeepsTheSearchInTheLinks()
    {
        var scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-PAGE-000");
        await app.DbAsync(async db =>
        {
            db.CaseFiles.AddRange(Enumerable.Range(1, 120).Select(i => new CaseFile
            {
                Reference = $"LCS-PAGE-{i:D3}", CaseType = CaseType.EarlyHelp, TeamId = scenario.TeamId, PractitionerId = scenario.Practitioner.Id, CreatedAt = DateTimeOffset.UtcNow,
            }));
            return await db.SaveChangesAsync();
        });
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var first = await lead.GetPageAsync("/admin/cases?Reference=PAGE");
        var last = await lead.GetPageAsync(first.QuerySelector(".govuk-pagination__item:last-child a")!.GetAttribute("href")!);

        Assert.Equal("Cases 1 to 50 of 121, newest first", first.QuerySelector("#cases caption")!.TextContent);
        Assert.Equal("LCS-PAGE-120", first.QuerySelector("#cases tbody tr a")!.TextContent);
        Assert.Equal("/admin/cases?Reference=PAGE&page=3", last.Url[last.Url.IndexOf("/admin", StringComparison.Ordinal)..]);
        Assert.Equal("Cases 101 to 121 of 121, newest first", last.QuerySelector("#cases caption")!.TextContent);
        Assert.Equal(21, last.QuerySelectorAll("#cases tbody tr").Length);
        Assert.Equal("LCS-PAGE-000", last.QuerySelectorAll("#cases tbody tr a")[^1].TextContent);
    }

    [Fact]
    public async Task TheAuditsList_PagesEveryAudit_KeepingTheFilterInThePageLinks()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await app.DbAsync(async db =>
        {
            db.CaseAudits.AddRange(Enumerable.Range(1, 55).Select(i => new CaseAudit
            {
                CaseFile = new CaseFile { Reference = $"LCS-CLOSED-{i:D3}", CaseType = CaseType.EarlyHelp, TeamId = scenario.TeamId, PractitionerId = scenario.Practitioner.Id, CreatedAt = DateTimeOffset.UtcNow },
                AuditorId = scenario.Auditor.Id, State = AuditState.Closed, DueDate = new DateOnly(2026, 1, 30), AllocatedAt = DateTimeOffset.UtcNow,
            }));
            return await db.SaveChangesAsync();
        });
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var first = await lead.GetPageAsync("/admin/audits?State=Closed");
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        var second = await lead.GetPageAsync(next);

        Assert.Equal("Audits 1 to 50 of 55, newest first", first.QuerySelector("#audits caption")!.TextContent);
        Assert.Equal("/admin/audits?State=Closed&page=2", next);
        Assert.Equal("Audits 51 to 55 of 55, newest first", second.QuerySelector("#audits caption")!.TextContent);
        Assert.Equal(5, second.QuerySelectorAll("#audits tbody tr").Length);
    }
}
