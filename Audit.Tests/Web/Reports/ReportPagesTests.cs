using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Reports;

/// <summary>The report pages over real HTTP: exact figures on seeded audits, each leader's scope, the period picker's errors.</summary>
public sealed class ReportPagesTests : IAsyncLifetime
{
    public const string February2026 = "From.Day=1&From.Month=2&From.Year=2026&To.Day=28&To.Month=2&To.Year=2026";
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>
    /// February 2026 in the scenario's team: 8 audits, 1 inadequate (moderated down from good by Avery), 3 requires
    /// improvement, 4 good; and 2 inadequate in the other service area (Blake). January: 2 good.
    /// </summary>
    public static async Task<ReportScenario> SeedAsync(AuditAppFactory app)
    {
        var s = await ReportScenario.CreateAsync(app);
        var day = new DateOnly(2026, 2, 10);
        await s.AddCompletedAsync(Grade.Good, day, moderatedTo: Grade.Inadequate, feedbackSought: true, feedbackObtained: true, discussionHeld: true,
            sections: [new("Planning and review", Grade.Good, Grade.Inadequate), new("Recording", Grade.Good)], themes: ["Drift and delay"]);
        for (var i = 0; i < 3; i++)
        {
            await s.AddCompletedAsync(Grade.RequiresImprovement, day, feedbackSought: true, feedbackObtained: i == 0, discussionHeld: true,
                sections: [new("Planning and review", Grade.RequiresImprovement), new("Recording", Grade.Good)], themes: ["Drift and delay"]);
        }

        for (var i = 0; i < 4; i++)
        {
            await s.AddCompletedAsync(Grade.Good, day, moderated: i == 0, feedbackSought: false, discussionHeld: i < 2,
                sections: [new("Recording", Grade.Good)], themes: i == 0 ? ["Voice of the child"] : null);
        }

        await s.AddCompletedAsync(Grade.Inadequate, day, moderated: true, team: s.OtherTeam, auditor: s.OtherAuditor);
        await s.AddCompletedAsync(Grade.Inadequate, day, moderated: true, team: s.OtherTeam, auditor: s.OtherAuditor);
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 1, 5));
        await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 1, 6));
        return s;
    }

    [Fact]
    public async Task PeriodReport_ForTheQaLead_WritesTheCommitteeParagraph()
    {
        var s = await SeedAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var page = await lead.GetPageAsync($"/reports?{February2026}");

        Assert.Equal("Period report: February 2026", page.H1());
        Assert.Equal(
            [
                "10 deep dive audits were completed in February 2026: 30% (3) were graded inadequate, 30% (3) requires improvement to be good and 40% (4) good.",
                "More were graded inadequate than in the previous period (0%); more were graded requires improvement to be good than in the previous period (0%); fewer were graded good than in the previous period (100%).",
                "No audits are allocated in March 2026.",
            ],
            page.QuerySelectorAll("#committee-paragraph p").Select(p => p.TextContent.Trim()));
        Assert.Equal("Reports", page.QuerySelector(".govuk-service-navigation__item--active")?.TextContent.Trim());
    }

    [Fact]
    public async Task Kpis_CountFeedbackAndDiscussion_OfTheAuditsInThePeriod()
    {
        var s = await SeedAsync(app);
        using var manager = await SignedInAsync(app, s.ServiceManager);

        var page = await manager.GetPageAsync($"/reports?{February2026}");

        Assert.Equal(["Child and family feedback sought", "4", "8", "50"], Row(page, "kpis", "Child and family feedback sought"));
        Assert.Equal(["Child and family feedback obtained, where sought", "2", "4", "50"], Row(page, "kpis", "Child and family feedback obtained, where sought"));
        Assert.Equal(["Discussion with the practitioner held", "6", "8", "75"], Row(page, "kpis", "Discussion with the practitioner held"));
    }

    [Fact]
    public async Task Breakdowns_ForAServiceManager_ShowOnlyTheirServiceArea_AndTheWeakestSectionFirst()
    {
        var s = await SeedAsync(app);
        using var manager = await SignedInAsync(app, s.ServiceManager);

        var page = await manager.GetPageAsync($"/reports/breakdowns?{February2026}");

        Assert.Equal([s.Team.ServiceAreaName], Names(page, "service-areas"));
        Assert.Equal(["Planning and review", "Recording"], Names(page, "sections"));
        Assert.Equal(["Planning and review", "4", "1", "25", "3", "75", "0", "0", "0", "0"], Row(page, "sections", "Planning and review"));
        Assert.Equal(["Drift and delay", "4", "50"], Row(page, "themes", "Drift and delay"));
        Assert.DoesNotContain(s.OtherTeam.ServiceAreaName, page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderation_RanksTheMostOftenLowered_AndFlagsSmallNumbers()
    {
        var s = await SeedAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var page = await lead.GetPageAsync($"/reports/moderation?{February2026}");

        Assert.Equal("4 of 10 audits completed in the period were moderated (40%). Moderation agreed the auditor's grade in 3 (75%), raised it in 0 (0%) and lowered it in 1 (25%).",
            page.QuerySelector("#calibration-summary")!.TextContent.Trim());
        Assert.Equal(["Avery Auditor", "8", "2", "25", "1", "50", "0", "0", "1", "50", "Too few moderated to compare (fewer than 5)"],
            Row(page, "moderation-by-auditor", "Avery Auditor"));
    }

    [Fact]
    public async Task PeriodPicker_ListsEveryProblemAtOnce_AndShowsNoFigures()
    {
        var s = await ReportScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var (response, page) = await lead.GetAsync("/reports?From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=&To.Year=26");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Enter a real date", "The end of the period must include a month"], page.ErrorSummary());
        Assert.Null(page.QuerySelector("#committee-paragraph"));
    }

    [Fact]
    public async Task PeriodPicker_EndBeforeStart_IsAnError()
    {
        var s = await ReportScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var page = await lead.GetPageAsync("/reports?From.Day=1&From.Month=3&From.Year=2026&To.Day=1&To.Month=2&To.Year=2026");

        Assert.Equal(["The end of the period must be the same as or after the start"], page.ErrorSummary());
    }

    [Fact]
    public async Task Reports_AreNotForAuditors()
    {
        var s = await ReportScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, s.OtherAuditor);

        var (response, _) = await auditor.GetAsync("/reports");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public static IReadOnlyList<string> Names(AngleSharp.Html.Dom.IHtmlDocument page, string table) =>
        page.QuerySelectorAll($"#table-{table} tbody tr th").Select(c => c.TextContent.Trim()).ToList();

    public static IReadOnlyList<string> Row(AngleSharp.Html.Dom.IHtmlDocument page, string table, string name) =>
        page.QuerySelectorAll($"#table-{table} tbody tr")
            .Single(r => r.QuerySelector("th")?.TextContent.Trim() == name)
            .Children.Select(c => c.TextContent.Trim()).ToList();
}
