using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.ImmediateResponses;
using Audit.Workflows.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.ImmediateResponses;

/// <summary>Raising an immediate response and acknowledging it, through the pages, as each person sees them.</summary>
public sealed class ImmediateResponsePageTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private static Dictionary<string, string> Concern(string risk = "Bruising seen, no safety plan", string neededNow = "Strategy discussion today") =>
        new() { ["Input.Risk"] = risk, ["Input.NeededNow"] = neededNow };

    private static string RaiseUrl(AuditScenario scenario) => $"/audits/{scenario.AuditId}/immediate-responses/raise";

    private static async Task<int> RaiseAsync(AuditScenario scenario)
    {
        var raised = await scenario.App.InScopeAsync(sp => sp.GetRequiredService<ImmediateResponseService>()
            .RaiseAsync(new RaiseImmediateResponseCommand(scenario.AuditId, "Bruising seen, no safety plan", "Strategy discussion today"), scenario.Auditor.Id));
        Assert.True(raised.Succeeded);
        return raised.Value!.Id;
    }

    private static string ResponseUrl(AuditScenario scenario, int irId) => $"/audits/{scenario.AuditId}/immediate-responses/{irId}";

    [Fact]
    public async Task Raise_ByTheAuditor_TellsTheTeamManagerAndServiceManager_WithHighPriorityEmails()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var form = await auditor.GetPageAsync(RaiseUrl(scenario));

        var (_, page) = await auditor.SubmitAsync(form, Concern());

        Assert.Equal("You have raised an immediate response. Toni Manager (team manager) and Sasha Manager (service manager) have been told", page.SuccessBanner());
        Assert.Equal($"/audits/{scenario.AuditId}", new Uri(page.Url).AbsolutePath);
        var emails = await app.DbAsync(db => db.OutboxMessages.Where(m => m.Kind == "immediate-response" && m.Subject.Contains($"AUD-{scenario.AuditId:D6}"))
            .Select(m => new { m.ToAddress, m.Priority }).ToListAsync());
        Assert.Equal([scenario.ServiceManager.Email, scenario.TeamManager.Email], emails.Select(e => e.ToAddress).Order());
        Assert.All(emails, e => Assert.Equal(MessagePriority.High, e.Priority));
    }

    [Fact]
    public async Task RaisePage_WarnsThatItIsForAChildAtRiskNow_AndUsesTheWarningButton()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);

        var form = await auditor.GetPageAsync(RaiseUrl(scenario));

        var warning = form.QuerySelector(".govuk-warning-text__text")!.TextContent;
        Assert.Contains("at risk of significant harm now", warning, StringComparison.Ordinal);
        Assert.Contains("team manager and service manager are told at once", warning, StringComparison.Ordinal);
        Assert.Equal(["What is the risk to the child?", "What needs to happen now?"], form.QuerySelectorAll("main form label").Select(l => l.TextContent.Trim()));
        Assert.Equal("Raise immediate response", form.QuerySelector("main form button.govuk-button--warning")?.TextContent.Trim());
    }

    [Fact]
    public async Task Raise_WithNothingEntered_ShowsGovUkErrors_AndRaisesNothing()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var form = await auditor.GetPageAsync(RaiseUrl(scenario));

        var (_, page) = await auditor.SubmitAsync(form, Concern(risk: " ", neededNow: string.Empty));

        Assert.Equal(["Enter what the risk to the child is", "Enter what needs to happen now"], page.ErrorSummary());
        Assert.Equal("Enter what the risk to the child is", page.FieldError("Input_Risk"));
        Assert.Equal("Enter what needs to happen now", page.FieldError("Input_NeededNow"));
        Assert.Equal(0, await app.DbAsync(db => db.ImmediateResponses.CountAsync(r => r.CaseAuditId == scenario.AuditId)));
    }

    [Fact]
    public async Task RaisePage_ForSomeoneOtherThanTheAuditor_ShowsWhyNotAndNoForm()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var page = await lead.GetPageAsync(RaiseUrl(scenario));

        Assert.Equal("Only the allocated auditor can raise an immediate response on this audit", page.Value("#refusal"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Raise_PostedBySomeoneOtherThanTheAuditor_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var status = await lead.PostDirectlyAsync(RaiseUrl(scenario), Concern());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, await app.DbAsync(db => db.ImmediateResponses.CountAsync(r => r.CaseAuditId == scenario.AuditId)));
    }

    [Fact]
    public async Task AuditPage_OffersTheAuditorTheRaiseButton_AndNoOneElse()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var auditorsPage = await auditor.GetPageAsync($"/audits/{scenario.AuditId}");
        var leadsPage = await lead.GetPageAsync($"/audits/{scenario.AuditId}");

        Assert.Equal(RaiseUrl(scenario), auditorsPage.QuerySelector("#raise-immediate-response")?.GetAttribute("href"));
        Assert.Null(leadsPage.QuerySelector("#raise-immediate-response"));
        Assert.NotNull(auditorsPage.QuerySelector("#ir-none"));
        Assert.Null(auditorsPage.QuerySelector("#ir-banner"));
    }

    [Fact]
    public async Task ResponsePage_ShowsTheConcernAndWhoWasAsked_InUkTime()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var irId = await RaiseAsync(scenario);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var page = await lead.GetPageAsync(ResponseUrl(scenario, irId));

        Assert.Equal("Bruising seen, no safety plan", page.Value("#ir-risk"));
        Assert.Equal("Strategy discussion today", page.Value("#ir-needed-now"));
        Assert.Equal("Avery Auditor", page.Value("#ir-raised-by"));
        var raisedAt = await app.DbAsync(db => db.ImmediateResponses.Where(r => r.Id == irId).Select(r => r.RaisedAt).SingleAsync());
        Assert.Equal(Audit.Web.Pages.Audits.UkDisplay.DateTime(raisedAt), page.Value("#ir-raised-at"));
        var asked = page.QuerySelectorAll("#ir-acknowledgements tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, asked.Count);
        Assert.Contains("Toni Manager", asked[0], StringComparison.Ordinal);
        Assert.Contains("Not yet", asked[0], StringComparison.Ordinal);
        Assert.Contains("Sasha Manager", asked[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_ByTheTeamManager_RecordsIt_ClearsTheirInbox_AndTheBannerStaysUntilTheServiceManagerAcknowledges()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var irId = await RaiseAsync(scenario);
        using var teamManager = await SignedInAsync(app, scenario.TeamManager);
        var form = await teamManager.GetPageAsync(ResponseUrl(scenario, irId));

        var (_, page) = await teamManager.SubmitAsync(form, new Dictionary<string, string> { ["Input.ActionTaken"] = "Visited today; child safe with grandmother" });

        Assert.Equal("You have acknowledged the immediate response", page.SuccessBanner());
        Assert.Null(page.QuerySelector("#acknowledge-form"));
        Assert.Contains("Visited today; child safe with grandmother", page.QuerySelector("#ir-acknowledgements")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.DbAsync(db => db.CaseAudits.Where(a => a.Id == scenario.AuditId)
            .SelectMany(a => a.History).AnyAsync(h => h.Trigger == "AcknowledgeImmediateResponse" && h.ActorId == scenario.TeamManager.Id)));
        var home = await teamManager.GetPageAsync("/");
        Assert.Null(home.QuerySelector($"#inbox tr[data-task='{InboxTask.AcknowledgeImmediateResponse}']"));
        var auditPage = await teamManager.GetPageAsync($"/audits/{scenario.AuditId}");
        Assert.Equal(ResponseUrl(scenario, irId), auditPage.QuerySelector("#ir-banner a")?.GetAttribute("href"));

        using var serviceManager = await SignedInAsync(app, scenario.ServiceManager);
        var serviceManagersForm = await serviceManager.GetPageAsync(ResponseUrl(scenario, irId));
        await serviceManager.SubmitAsync(serviceManagersForm, new Dictionary<string, string> { ["Input.ActionTaken"] = "Strategy meeting held" });
        var afterBoth = await teamManager.GetPageAsync($"/audits/{scenario.AuditId}");
        Assert.Null(afterBoth.QuerySelector("#ir-banner"));
        Assert.Contains("Acknowledged", afterBoth.QuerySelector("#ir-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_WithNothingEntered_ShowsTheGovUkError()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var irId = await RaiseAsync(scenario);
        using var teamManager = await SignedInAsync(app, scenario.TeamManager);
        var form = await teamManager.GetPageAsync(ResponseUrl(scenario, irId));

        var (_, page) = await teamManager.SubmitAsync(form, new Dictionary<string, string> { ["Input.ActionTaken"] = " " });

        Assert.Equal(["Enter what you have done in response"], page.ErrorSummary());
        Assert.Equal("Enter what you have done in response", page.FieldError("Input_ActionTaken"));
    }

    [Fact]
    public async Task ResponsePage_ForSomeoneNotAsked_HasNoAcknowledgementForm_AndAPostIsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var irId = await RaiseAsync(scenario);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var page = await lead.GetPageAsync(ResponseUrl(scenario, irId));
        var status = await lead.PostDirectlyAsync(ResponseUrl(scenario, irId), new Dictionary<string, string> { ["Input.ActionTaken"] = "Done" });

        Assert.Null(page.QuerySelector("#acknowledge-form"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, await app.DbAsync(db => db.ImmediateResponseAcknowledgements.CountAsync(a => a.ImmediateResponseId == irId && a.AcknowledgedAt != null)));
    }

    [Fact]
    public async Task Pages_ForSomeoneWhoMayNotSeeTheAudit_AnswerNotFound()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var irId = await RaiseAsync(scenario);
        using var outsider = await SignedInAsync(app, scenario.Outsider);

        var (raise, _) = await outsider.GetAsync(RaiseUrl(scenario));
        var (response, _) = await outsider.GetAsync(ResponseUrl(scenario, irId));
        var post = await outsider.PostDirectlyAsync(ResponseUrl(scenario, irId), new Dictionary<string, string> { ["Input.ActionTaken"] = "Done" });

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [raise.StatusCode, response.StatusCode, post]);
    }

    [Fact]
    public async Task ResponsePage_ForAnImmediateResponseOnAnotherAudit_AnswersNotFound()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var other = await AuditScenario.CreateAsync(app);
        var irId = await RaiseAsync(scenario);
        using var lead = await SignedInAsync(app, other.QaLead);

        var (wrongAudit, _) = await lead.GetAsync($"/audits/{other.AuditId}/immediate-responses/{irId}");
        var (noSuchResponse, _) = await lead.GetAsync($"/audits/{scenario.AuditId}/immediate-responses/{irId + 1000}");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], [wrongAudit.StatusCode, noSuchResponse.StatusCode]);
    }
}
