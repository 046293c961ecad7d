using System.Globalization;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Extensions;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;
using static Audit.Tests.Web.Extensions.ExtensionSteps;

namespace Audit.Tests.Web.Extensions;

/// <summary>The auditor asks for more time; a QA lead approves (the due date and its deadline move) or declines.</summary>
public sealed class ExtensionRequestTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private static string Uk(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Request_ReachesTheQaLeadsMyWorkAndEmail_WithTheReferenceAndLinkOnly()
    {
        var caseReference = $"LCS-{Guid.NewGuid():N}"[..14];
        var scenario = await AuditScenario.CreateAsync(app, caseReference);
        using var auditor = await SignedInAsync(app, scenario.Auditor);

        var asked = await auditor.AskAsync(scenario);

        var reference = $"AUD-{scenario.AuditId:D6}";
        Assert.Null(asked.Value("#refusal"));
        Assert.Empty(asked.ErrorSummary());
        Assert.Equal("You have asked for more time: a QA lead will approve or decline your request", asked.SuccessBanner());
        Assert.Contains("Waiting for a QA lead", asked.QuerySelector("#extension-requests")!.TextContent, StringComparison.Ordinal);
        using var lead = AppClient.For(app);
        var home = await lead.SignInAsync(scenario.QaLead);
        var item = home.QuerySelectorAll("#inbox tbody tr a").Single(a => a.TextContent.Trim() == $"Extension requested for {reference}");
        Assert.Equal($"/audits/{scenario.AuditId}/extension", item.GetAttribute("href"));
        var email = await app.DbAsync(db => db.OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.ToAddress == scenario.QaLead.Email && m.Kind == "extension-requested" && m.Subject.Contains(reference)));
        Assert.Equal($"Extension requested for {reference}", email.Subject);
        Assert.Contains($"https://localhost/audits/{scenario.AuditId}/extension", email.TextBody, StringComparison.Ordinal);
        foreach (var secret in new[] { caseReference, AuditorsReason, scenario.Practitioner.FullName })
        {
            Assert.DoesNotContain(secret, email.Subject + email.TextBody + email.HtmlBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Approve_MovesTheDueDateAndTheDeadlineRow_AndTheHistoryShowsTheRequestAndTheDecision()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        await auditor.AskAsync(scenario);
        var before = await AuditDeadlineAsync(scenario);
        var dueBefore = (await scenario.AuditAsync()).DueDate;
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var page = await lead.DecideAsync(scenario, nameof(ExtensionDecision.Approve));

        Assert.Equal("You have approved the request: the due date has moved", page.SuccessBanner());
        Assert.Equal(Uk(Asked), page.Value("#audit-due-date"));
        var after = await AuditDeadlineAsync(scenario);
        Assert.Equal(Audit.Workflows.DeepDive.WorkingDays.EndOfUkDay(Asked), after.DueAt);
        Assert.True(after.RemindAt > before.RemindAt && after.RemindAt < after.DueAt, "The reminder moves with the deadline");
        Assert.Null(after.ReminderSentAt);
        var history = page.QuerySelector("#audit-history")!.TextContent;
        Assert.Contains($"Asked for the due date to move from {Uk(dueBefore)} to {Uk(Asked)}: {AuditorsReason}", history, StringComparison.Ordinal);
        Assert.Contains($"Request for more time approved: due date moved from {Uk(dueBefore)} to {Uk(Asked)}", history, StringComparison.Ordinal);
        Assert.Contains("Approved", page.QuerySelector("#extension-requests .extension-decision")!.TextContent, StringComparison.Ordinal);
        var toAuditor = await app.DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == scenario.Auditor.Email && m.Kind == "extension-approved"));
        Assert.Contains(Uk(Asked).Split(' ')[1], toAuditor.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain((await lead.GetPageAsync("/")).QuerySelectorAll("#inbox tbody tr a"), a => a.TextContent.Trim() == $"Extension requested for AUD-{scenario.AuditId:D6}");
    }

    [Fact]
    public async Task Decline_KeepsTheDueDateAndDeadline_AndTellsTheAuditor_WithoutTheReasonInTheEmail()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        await auditor.AskAsync(scenario);
        var before = await AuditDeadlineAsync(scenario);
        var dueBefore = (await scenario.AuditAsync()).DueDate;
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var page = await lead.DecideAsync(scenario, nameof(ExtensionDecision.Decline), "The programme closes this month");

        Assert.Equal("You have declined the request: the due date stays as it was", page.SuccessBanner());
        Assert.Equal(Uk(dueBefore), page.Value("#audit-due-date"));
        Assert.Equal(before.DueAt, (await AuditDeadlineAsync(scenario)).DueAt);
        Assert.Contains("The programme closes this month", page.QuerySelector("#extension-requests")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Request for more time declined, due date stays {Uk(dueBefore)}: The programme closes this month",
            page.QuerySelector("#audit-history")!.TextContent, StringComparison.Ordinal);
        var toAuditor = await app.DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == scenario.Auditor.Email && m.Kind == "extension-declined"));
        Assert.Equal($"Your request for more time on AUD-{scenario.AuditId:D6} has been declined", toAuditor.Subject);
        Assert.DoesNotContain("The programme closes", toAuditor.TextBody + toAuditor.HtmlBody, StringComparison.Ordinal);
        var auditorsView = await auditor.GetPageAsync($"/audits/{scenario.AuditId}");
        Assert.Contains("Ask for more time", auditorsView.ActionButtons());
    }

    [Fact]
    public async Task SomeoneOtherThanTheAuditor_CannotAsk_AndNothingIsSaved()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        using var outsider = await SignedInAsync(app, scenario.Outsider);

        var leadsForm = await lead.GetPageAsync($"/audits/{scenario.AuditId}/extension/request");
        var (outsiderGet, _) = await outsider.GetAsync($"/audits/{scenario.AuditId}/extension/request");
        var outsiderPost = await outsider.PostDirectlyAsync($"/audits/{scenario.AuditId}/extension/request",
            new Dictionary<string, string>(Date("DueDate", Asked)) { ["Version"] = "0", ["Input.Reason"] = "Mine" });
        var leadPost = await lead.PostDirectlyAsync($"/audits/{scenario.AuditId}/extension/request",
            new Dictionary<string, string>(Date("DueDate", Asked)) { ["Version"] = (await scenario.VersionAsync()).ToString(CultureInfo.InvariantCulture), ["Input.Reason"] = "Mine" });

        Assert.Equal(ExtensionPolicy.OnlyTheAuditorAsks, leadsForm.Value("#refusal"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, outsiderGet.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, outsiderPost);
        Assert.Equal(System.Net.HttpStatusCode.OK, leadPost);
        Assert.Equal(0, await app.DbAsync(db => db.ExtensionRequests.CountAsync(r => r.CaseAuditId == scenario.AuditId)));
    }

    [Fact]
    public async Task SecondRequest_WhileOneIsOpen_IsRefusedWithTheReason()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        await auditor.AskAsync(scenario);

        var again = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/extension/request");
        var posted = await auditor.PostDirectlyAsync($"/audits/{scenario.AuditId}/extension/request",
            new Dictionary<string, string>(Date("DueDate", Asked.AddDays(7))) { ["Version"] = (await scenario.VersionAsync()).ToString(CultureInfo.InvariantCulture), ["Input.Reason"] = "Again" });

        Assert.Equal(ExtensionPolicy.AlreadyAsked, again.Value("#refusal"));
        Assert.Equal(System.Net.HttpStatusCode.OK, posted);
        Assert.Equal(1, await app.DbAsync(db => db.ExtensionRequests.CountAsync(r => r.CaseAuditId == scenario.AuditId)));
        Assert.DoesNotContain("Ask for more time", (await auditor.GetPageAsync($"/audits/{scenario.AuditId}")).ActionButtons());
    }

    [Fact]
    public async Task Request_AfterSubmission_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        using var auditor = await SignedInAsync(app, scenario.Auditor);

        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/extension/request");

        Assert.Equal(ExtensionPolicy.AlreadySubmitted, form.Value("#refusal"));
    }

    [Fact]
    public async Task Request_WithBadInput_ListsEveryErrorAtOnce_AndSavesNothing()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/extension/request");

        var (_, impossible) = await auditor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DueDate.Day"] = "31", ["Input.DueDate.Month"] = "2", ["Input.DueDate.Year"] = "2030", ["Input.Reason"] = " ",
        });
        var earlier = await auditor.AskAsync(scenario, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), new string('x', 1001));

        Assert.Equal(["Enter a real date", "Enter why you need more time"], impossible.ErrorSummary());
        Assert.Equal("31", impossible.Value("#Input_DueDate"));
        Assert.Equal(["Enter a due date later than the current one and in the future", "Reason must be 1000 characters or fewer"], earlier.ErrorSummary());
        Assert.Equal(0, await app.DbAsync(db => db.ExtensionRequests.CountAsync(r => r.CaseAuditId == scenario.AuditId)));
    }

    [Fact]
    public async Task Decide_WithoutADecision_OrDecliningWithoutAReason_SaysWhatIsMissing_AndChangesNothing()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        await auditor.AskAsync(scenario);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var none = await lead.DecideAsync(scenario, decision: null);
        var noReason = await lead.DecideAsync(scenario, nameof(ExtensionDecision.Decline), "  ");
        var auditorsForm = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/extension");

        Assert.Equal(["Select whether to approve or decline the request"], none.ErrorSummary());
        Assert.Equal(["Enter the reason for declining the request"], noReason.ErrorSummary());
        Assert.Equal(ExtensionPolicy.OnlyAQaLeadDecides, auditorsForm.Value("#refusal"));
        Assert.Equal(ExtensionRequestStatus.Open, await app.DbAsync(db => db.ExtensionRequests.Where(r => r.CaseAuditId == scenario.AuditId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Approve_AfterTheQaLeadExtendedFurther_IsRefusedWithTheReason_AndCanBeDeclined()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        await auditor.AskAsync(scenario);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var extend = await lead.GetPageAsync($"/audits/{scenario.AuditId}/extend");
        await lead.SubmitAsync(extend, new Dictionary<string, string>(Date("DueDate", Asked.AddDays(30))) { ["Input.Reason"] = "Leave" });

        var approve = await lead.DecideAsync(scenario, nameof(ExtensionDecision.Approve));
        var decline = await lead.DecideAsync(scenario, nameof(ExtensionDecision.Decline), "Already extended further");

        Assert.Equal(["The date asked for is no later than the current due date or has passed: decline the request, and the auditor can ask again"], approve.ErrorSummary());
        Assert.Equal(Uk(Asked.AddDays(30)), decline.Value("#audit-due-date"));
        Assert.Contains("Declined", decline.QuerySelector("#extension-requests")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reallocate_EmailsBothTheOldAndTheNewAuditor()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/reallocate");

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string> { ["Input.AuditorId"] = scenario.OtherAuditor.Id });

        Assert.Equal(scenario.OtherAuditor.FullName, page.Value("#audit-auditor"));
        var reference = $"AUD-{scenario.AuditId:D6}";
        var emails = await app.DbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Subject.Contains(reference)).ToListAsync());
        Assert.Contains(emails, m => m.ToAddress == scenario.Auditor.Email && m.Kind == "audit-reallocated");
        Assert.Contains(emails, m => m.ToAddress == scenario.OtherAuditor.Email && m.Kind == "audit-allocated");
    }

    private Task<Deadline> AuditDeadlineAsync(AuditScenario scenario) =>
        app.DbAsync(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.CaseAuditId == scenario.AuditId && d.Kind == DeadlineKind.AuditDue && d.CompletedAt == null));
}
