using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Moderation;

/// <summary>The practice improvement managers' queue: order, tags, filters, and taking and releasing audits.</summary>
public sealed class ModerationQueuePageTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Queue_PutsInadequateFirst_ThenTheLeastTimeLeft_WithTheToolServiceAreaAuditorAndWorkingDaysLeft()
    {
        var good = await AwaitingModerationAsync(Grade.Good);
        var inadequate = await AwaitingModerationAsync(Grade.Inadequate);
        using var moderator = await SignedInAsync(app, good.Moderator);

        var page = await moderator.GetPageAsync("/moderation");

        var rows = page.QuerySelectorAll("#moderation-queue tbody tr").Select(r => r.Id).ToList();
        Assert.Equal([$"queue-{inadequate.AuditId}", $"queue-{good.AuditId}"], rows.Where(r => r == $"queue-{inadequate.AuditId}" || r == $"queue-{good.AuditId}"));
        var row = page.QuerySelector($"#queue-{inadequate.AuditId}")!.TextContent;
        Assert.Contains("Urgent", row, StringComparison.Ordinal);
        Assert.Contains("Deep dive case audit", row, StringComparison.Ordinal);
        Assert.Contains("Help and Protection", row, StringComparison.Ordinal);
        Assert.Contains("Avery Auditor", row, StringComparison.Ordinal);
        Assert.Contains("working days left", row, StringComparison.Ordinal);
        Assert.Contains("Not taken", row, StringComparison.Ordinal);
        Assert.Equal("Moderation", page.QuerySelector(".govuk-service-navigation__item--active")?.TextContent.Trim());
    }

    [Fact]
    public async Task Taking_ShowsTheAuditAsTheirsToOthers_WhoCannotTakeIt_AndItCanBeReleased()
    {
        var scenario = await AwaitingModerationAsync(Grade.Inadequate);
        var other = await TestData.AStaffMember().Named("Pip Moderator").WithRoles(Roles.PracticeImprovementManager).CreateAsync(app);
        using var moderator = await SignedInAsync(app, scenario.Moderator);
        using var colleague = await SignedInAsync(app, other);
        var queue = await moderator.GetPageAsync("/moderation");
        var stale = await colleague.GetPageAsync("/moderation");

        var (_, taken) = await moderator.SubmitAsync(queue, NoFields, $"#queue-{scenario.AuditId} form");
        var (_, refused) = await colleague.SubmitAsync(stale, NoFields, $"#queue-{scenario.AuditId} form");
        var seen = await colleague.GetPageAsync("/moderation");

        Assert.Equal($"You have taken AUD-{scenario.AuditId:D6} for moderation", taken.SuccessBanner());
        Assert.Equal("You", taken.Value($"#queue-{scenario.AuditId} .queue-taken-by"));
        Assert.Equal(["This audit was changed by someone else: Morgan Moderator has taken this audit for moderation"], refused.ErrorSummary());
        Assert.Equal("Morgan Moderator", seen.Value($"#queue-{scenario.AuditId} .queue-taken-by"));
        Assert.Null(seen.QuerySelector($"#queue-{scenario.AuditId} form"));
        Assert.Equal(scenario.Moderator.Id, (await scenario.AuditAsync()).ModerationTakenById);

        var (_, released) = await moderator.SubmitAsync(taken, NoFields, $"#queue-{scenario.AuditId} form");
        Assert.Equal($"AUD-{scenario.AuditId:D6} is back in the moderation queue", released.SuccessBanner());
        Assert.Null((await scenario.AuditAsync()).ModerationTakenById);
    }

    [Fact]
    public async Task Queue_LeavesOutAuditsTheModeratorCompleted_AndFiltersByServiceAreaAndTool()
    {
        var scenario = await AwaitingModerationAsync(Grade.Good);
        // Another scenario whose moderator is also its auditor: they must not see their own audit.
        var ownAudit = await AuditScenario.CreateAsync(app, allocateTo: s => s.Moderator);
        await ownAudit.ToStateAsync(AuditState.AwaitingModeration);
        using var moderator = await SignedInAsync(app, ownAudit.Moderator);
        var serviceAreaId = await app.DbAsync(db => db.Teams.Where(t => t.Id == scenario.TeamId).Select(t => t.ServiceAreaId).SingleAsync());
        var fosteringTool = await app.DbAsync(db => db.AuditTools.Where(t => t.Kind == ToolKind.Fostering).Select(t => t.Id).SingleAsync());

        var all = await moderator.GetPageAsync("/moderation");
        var inArea = await moderator.GetPageAsync($"/moderation?ServiceAreaId={serviceAreaId}");
        var fostering = await moderator.GetPageAsync($"/moderation?ToolId={fosteringTool}");
        var nonsense = await moderator.GetPageAsync("/moderation?ServiceAreaId=abc");

        Assert.NotNull(all.QuerySelector($"#queue-{scenario.AuditId}"));
        Assert.Null(all.QuerySelector($"#queue-{ownAudit.AuditId}"));
        Assert.Equal([$"queue-{scenario.AuditId}"], inArea.QuerySelectorAll("#moderation-queue tbody tr").Select(r => r.Id));
        Assert.Null(fostering.QuerySelector($"#queue-{scenario.AuditId}"));
        Assert.NotNull(nonsense.QuerySelector($"#queue-{scenario.AuditId}"));
    }

    [Fact]
    public async Task Queue_IsForModeratorsAndQaLeads_Only()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var (refused, _) = await practitioner.GetAsync("/moderation");
        var (allowed, _) = await lead.GetAsync("/moderation");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    private static readonly Dictionary<string, string> NoFields = [];

    private async Task<AuditScenario> AwaitingModerationAsync(Grade grade)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        await scenario.SubmitAsync(grade);
        return scenario;
    }
}
