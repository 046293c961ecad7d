using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Audits;

/// <summary>The audit's own page: what each person sees and may do, its history, and who may not see it at all.</summary>
public sealed class AuditPageTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task AuditPage_ForTheAllocatedAuditor_OffersStartAndAskingForMoreTime()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);

        var page = await auditor.GetPageAsync($"/audits/{scenario.AuditId}");

        Assert.Equal(["Start audit", "Ask for more time"], page.ActionButtons());
        Assert.Equal("Allocated", page.State());
        Assert.Equal($"/audits/{scenario.AuditId}/start", page.QuerySelector("#audit-actions a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AuditPage_ForThePractitioner_BeforeTheGradeIsSettled_ShowsItsReferenceAndStageWithNoActions()
    {
        var caseReference = $"LCS-P{Guid.NewGuid():N}"[..12];
        var scenario = await AuditScenario.CreateAsync(app, caseReference: caseReference);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);

        var page = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}");

        Assert.Empty(page.ActionButtons());
        Assert.Null(page.QuerySelector("#audit-actions"));
        var summary = page.QuerySelector("#audit-summary")!.TextContent;
        Assert.Contains($"AUD-{scenario.AuditId:D6}", summary, StringComparison.Ordinal);
        Assert.Contains(caseReference, summary, StringComparison.Ordinal);
        Assert.Equal("Allocated", page.State());
        Assert.NotNull(page.QuerySelector("#findings-withheld"));
        Assert.Null(page.QuerySelector("#audit-history"));
    }

    [Fact]
    public async Task AuditPage_ForAQaLead_OffersReallocateExtendAndCancel()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var page = await lead.GetPageAsync($"/audits/{scenario.AuditId}");

        Assert.Equal(["Reallocate", "Extend due date", "Cancel audit"], page.ActionButtons());
    }

    [Fact]
    public async Task AuditPage_AwaitingModeration_OffersTheModeratorToTakeOrModerate()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        using var moderator = await SignedInAsync(app, scenario.Moderator);

        var page = await moderator.GetPageAsync($"/audits/{scenario.AuditId}");

        Assert.Equal(["Take for moderation", "Moderate audit"], page.ActionButtons());
        Assert.Equal("Awaiting moderation", page.State());
    }

    [Fact]
    public async Task Moderator_CanReadTheAuditsAnswers_FromTheAuditAndTheModerationForm()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        using var moderator = await SignedInAsync(app, scenario.Moderator);

        var page = await moderator.GetPageAsync($"/audits/{scenario.AuditId}");
        var form = await moderator.GetPageAsync($"/audits/{scenario.AuditId}/moderate");
        var answers = await moderator.GetPageAsync($"/audits/{scenario.AuditId}/record/check");

        Assert.Equal($"/audits/{scenario.AuditId}/record/check", page.QuerySelector("#audit-answers-link")?.GetAttribute("href"));
        Assert.Contains(form.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/audits/{scenario.AuditId}/record/check");
        Assert.Equal("The audit's answers", answers.H1());
        Assert.Empty(answers.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task AuditPage_ForAnotherPractitioner_IsNotFound()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var colleague = await SignedInAsync(app, scenario.OtherPractitioner);

        var (response, page) = await colleague.GetAsync($"/audits/{scenario.AuditId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.H1());
    }

    [Fact]
    public async Task AuditPageAndForms_ForAnOutsider_AreNotFound_OnGetAndPost()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var outsider = await SignedInAsync(app, scenario.Outsider);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/audits/{scenario.AuditId}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/audits/{scenario.AuditId}/cancel")).Response.StatusCode);
        var posted = await outsider.PostDirectlyAsync($"/audits/{scenario.AuditId}/cancel",
            new Dictionary<string, string> { ["Version"] = (await scenario.VersionAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = "No" });

        Assert.Equal(HttpStatusCode.NotFound, posted);
        Assert.Equal(AuditState.Allocated, (await scenario.AuditAsync()).State);
    }

    [Fact]
    public async Task AuditPage_ForAnUnknownAudit_IsNotFound()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/audits/987654")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/audits/987654/extend")).Response.StatusCode);
    }

    [Fact]
    public async Task AuditPage_ShowsTheHistoryAsATimeline_NewestFirst()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var page = await lead.GetPageAsync($"/audits/{scenario.AuditId}");

        var items = page.QuerySelectorAll("#audit-history .moj-timeline__item");
        var historyCount = await app.DbAsync(db => db.AuditHistory.CountAsync(h => h.CaseAuditId == scenario.AuditId));
        Assert.Equal(historyCount, items.Length);
        Assert.Equal(["Submit audit", "Start audit", "Allocated"], items.Select(i => i.QuerySelector(".moj-timeline__title")!.TextContent.Trim()));
        var submitted = items[0].TextContent;
        Assert.Contains("by Avery Auditor", submitted, StringComparison.Ordinal);
        Assert.Contains("In progress → Awaiting moderation", submitted, StringComparison.Ordinal);
        Assert.Contains("Grade: none → Inadequate", submitted, StringComparison.Ordinal);
        Assert.Contains("Inadequate audits are always moderated", submitted, StringComparison.Ordinal);
        Assert.Matches(@"^\d{1,2} \w+ \d{4} at \d{1,2}:\d{2}(am|pm)$", items[0].QuerySelector("time")!.TextContent.Trim());
    }

    [Fact]
    public async Task AuditPage_ShowsACompactStageIndicator_AndLinksToTheWholeDiagramWithItsStageHighlighted()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.InProgress);
        using var auditor = await SignedInAsync(app, scenario.Auditor);

        var page = await auditor.GetPageAsync($"/audits/{scenario.AuditId}");
        var link = page.QuerySelector("#workflow-link")!.GetAttribute("href")!;
        var workflow = await auditor.GetPageAsync(link);

        Assert.Null(page.QuerySelector("iframe[data-audit-diagram]"));
        Assert.Contains("In progress", page.Value("#stage-now"), StringComparison.Ordinal);
        Assert.Equal("Awaiting moderation or actions outstanding or closed", page.Value("#stage-next"));
        Assert.Equal("Avery Auditor (auditor)", page.Value("#stage-holder"));
        Assert.StartsWith(UkDate((await scenario.AuditAsync()).DueDate), page.Value("#stage-due"), StringComparison.Ordinal);
        Assert.Equal("/audits/workflow?current=InProgress", link);
        Assert.Contains("class InProgress current", workflow.QuerySelector("[data-audit-diagram-source]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/audits/workflow/diagram?current=InProgress", workflow.QuerySelector("iframe[data-audit-diagram]")?.GetAttribute("src"));
        Assert.Equal("allow-scripts", workflow.QuerySelector("iframe[data-audit-diagram]")?.GetAttribute("sandbox"));
    }

    private static string UkDate(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task DiagramFrame_IsSandboxed_AndOnlyItMayUseInlineStyles()
    {
        using var anyone = AppClient.For(app);

        var (response, frame) = await anyone.GetAsync("/audits/workflow/diagram?current=AwaitingModeration");
        var (other, _) = await anyone.GetAsync("/account/sign-in");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("sandbox allow-scripts", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("class AwaitingModeration current", frame.QuerySelector("#diagram")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", string.Join(' ', other.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiagramFrame_WithAnUnknownState_HighlightsNothing()
    {
        using var anyone = AppClient.For(app);

        var frame = await anyone.GetPageAsync("/audits/workflow/diagram?current=%3Cscript%3E");

        Assert.DoesNotContain("current", frame.QuerySelector("#diagram")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkflowPage_ShowsTheWholeDefinition_StatesAndTransitionsInWords()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);

        var page = await practitioner.GetPageAsync("/audits/workflow");

        Assert.Equal("How a deep-dive audit moves", page.H1());
        var source = page.QuerySelector("[data-audit-diagram-source]")!.TextContent;
        Assert.Contains("Allocated --> InProgress : Start", source, StringComparison.Ordinal);
        Assert.DoesNotContain("current", source, StringComparison.Ordinal);
        Assert.Equal(Enum.GetValues<AuditState>().Length, page.QuerySelectorAll("#workflow-states .govuk-summary-list__row").Length);
        var transitions = page.QuerySelectorAll("#workflow-transitions li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("From allocated, start audit goes to in progress", transitions);
    }
}
