using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Reports;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Audits;

/// <summary>The audit's page names the thematic dip sample it belongs to, linked for those who may open the batch's report.</summary>
public sealed class AuditDipSampleTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AuditPage_NamesItsDipSample_LinkedForALeaderWhoSeesTheBatch_PlainForTheAuditor()
    {
        var (s, batchId) = await DipSampleReportTests.SeedAsync(app);
        var auditId = await app.DbAsync(db => db.CaseAudits.Where(a => a.DipSampleBatchId == batchId).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        using var manager = await SignedInAsync(app, s.ServiceManager);
        using var auditor = await SignedInAsync(app, s.Auditor);

        var managerRow = (await manager.GetPageAsync($"/audits/{auditId}")).QuerySelector("#audit-dip-sample")!;
        var auditorRow = (await auditor.GetPageAsync($"/audits/{auditId}")).QuerySelector("#audit-dip-sample")!;

        Assert.Equal("Thematic dip sample", managerRow.PreviousElementSibling!.TextContent.Trim());
        Assert.Equal(("Voice of the child, March 2026", $"/reports/dip-samples/{batchId}"),
            (managerRow.QuerySelector("a")!.TextContent.Trim(), managerRow.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(("Voice of the child, March 2026", null), (auditorRow.TextContent.Trim(), auditorRow.QuerySelector("a")));
    }

    [Fact]
    public async Task AuditPage_InNoDipSample_SaysNothingAboutOne()
    {
        var s = await ReportScenario.CreateAsync(app);
        var auditId = await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 3, 10));
        using var manager = await SignedInAsync(app, s.ServiceManager);

        var page = await manager.GetPageAsync($"/audits/{auditId}");

        Assert.Null(page.QuerySelector("#audit-dip-sample"));
    }
}
