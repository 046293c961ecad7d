using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using static Audit.Tests.Web.Audits.AuditSteps;
using static Audit.Tests.Web.Reports.ReportPagesTests;

namespace Audit.Tests.Web.Reports;

/// <summary>Report tables with supervision audits, judged met / not met: met and not met columns after the Ofsted grades.</summary>
public sealed class MetNotMetReportTablesTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Breakdowns_WithSupervisionAudits_CountMetAndNotMet_InTheirOwnColumns()
    {
        var s = await ReportScenario.CreateAsync(app);
        var day = new DateOnly(2026, 2, 10);
        await s.AddCompletedAsync(Grade.Good, day, sections: [new("Recording", Grade.Good)]);
        for (var i = 0; i < 3; i++)
        {
            await s.AddCompletedAsync(Grade.Met, day, tool: ToolKind.Supervision, sections: [new("Recording of supervision", Grade.Met)]);
        }

        await s.AddCompletedAsync(Grade.NotMet, day, tool: ToolKind.Supervision, sections: [new("Recording of supervision", Grade.NotMet)]);
        using var lead = await SignedInAsync(app, s.QaLead);

        var page = await lead.GetPageAsync($"/reports/breakdowns?{February2026}");

        Assert.Equal(["Audit tool", "Audits", "Inadequate", "Inadequate %", "Requires improvement to be good", "Requires improvement %", "Good", "Good %",
                "Outstanding", "Outstanding %", "Met the standard", "Met %", "Did not meet the standard", "Not met %"],
            page.QuerySelectorAll("#table-tools thead th").Select(c => c.TextContent.Trim()));
        Assert.Equal(["Supervision audit", "4", "0", "0", "0", "0", "0", "0", "0", "0", "3", "75", "1", "25"], Row(page, "tools", "Supervision audit"));
        Assert.Equal(["Deep dive case audit", "1", "0", "0", "0", "0", "1", "100", "0", "0", "0", "0", "0", "0"], Row(page, "tools", "Deep dive case audit"));
        Assert.Equal(["Recording of supervision", "Recording"], Names(page, "sections"));
        Assert.Equal([s.Team.ServiceAreaName, "5", "0", "0", "0", "0", "1", "20", "0", "0", "3", "60", "1", "20"], Row(page, "service-areas", s.Team.ServiceAreaName));
    }

    [Fact]
    public async Task Breakdowns_WithOnlyOfstedGrades_HaveNoMetColumns()
    {
        var s = await ReportScenario.CreateAsync(app);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 2, 10));
        using var lead = await SignedInAsync(app, s.QaLead);

        var page = await lead.GetPageAsync($"/reports/breakdowns?{February2026}");

        Assert.Equal(10, page.QuerySelectorAll("#table-tools thead th").Length);
        Assert.DoesNotContain("Met the standard", page.QuerySelector("#table-service-areas")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// Four moderated supervision audits: not met to met (raised), met to not met (lowered), met agreed, and good
    /// (graded before the tool declared met / not met) moderated to met — the same judgement, so agreed.
    /// </summary>
    private static async Task<ReportScenario> SeedModeratedSupervisionAsync(AuditAppFactory app)
    {
        var s = await ReportScenario.CreateAsync(app);
        var day = new DateOnly(2026, 2, 10);
        await s.AddCompletedAsync(Grade.NotMet, day, moderatedTo: Grade.Met, tool: ToolKind.Supervision);
        await s.AddCompletedAsync(Grade.Met, day, moderatedTo: Grade.NotMet, tool: ToolKind.Supervision);
        await s.AddCompletedAsync(Grade.Met, day, moderated: true, tool: ToolKind.Supervision);
        await s.AddCompletedAsync(Grade.Good, day, moderatedTo: Grade.Met, tool: ToolKind.Supervision);
        return s;
    }

    [Fact]
    public async Task Calibration_OnMetNotMet_CountsNotMetToMetAsRaised_AndMetToNotMetAsLowered()
    {
        var s = await SeedModeratedSupervisionAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var page = await lead.GetPageAsync($"/reports/moderation?{February2026}");

        Assert.Equal("4 of 4 audits completed in the period were moderated (100%). Moderation agreed the auditor's grade in 2 (50%), raised it in 1 (25%) and lowered it in 1 (25%).",
            page.QuerySelector("#calibration-summary")!.TextContent.Trim());
        Assert.Equal(["Avery Auditor", "4", "4", "100", "2", "50", "1", "25", "1", "25", "Too few moderated to compare (fewer than 5)"],
            Row(page, "moderation-by-auditor", "Avery Auditor"));
    }

    [Fact]
    public async Task ModerationFeed_OnMetNotMet_SaysNotMetToMetWasRaised()
    {
        var s = await SeedModeratedSupervisionAsync(app);
        var token = await Feeds.FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var rows = await Feeds.FeedClient.RowsAsync(await Feeds.FeedClient.GetAsync(app, "/feeds/odata/ModerationOutcomes?$orderby=Id", Feeds.FeedClient.Bearer(token)));

        Assert.Equal([("NotMet", "Met", "Raised"), ("Met", "NotMet", "Lowered"), ("Met", "Met", "Agreed"), ("Good", "Met", "Agreed")],
            rows.Select(r => (r.GetProperty("AuditorGrade").GetString(), r.GetProperty("ModeratedGrade").GetString(), r.GetProperty("Outcome").GetString())));
    }
}
