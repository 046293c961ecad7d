using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Conversations;

/// <summary>Remedial actions agreed at the reflective conversation, recorded with it in one command.</summary>
public sealed class ConversationActionsTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private static DateOnly Today => UkTime.Today(TimeProvider.System);

    private static RecordConversationCommand Record(int version, AuditScenario scenario, params AgreedAction?[] actions) =>
        new(scenario.AuditId, version, Today, "Plans need timescales", EarlierReason: "Held in supervision", Actions: actions);

    [Fact]
    public async Task RecordConversation_WithActions_AddsLearningActions_OpensEachDeadline_AndTellsEachOwner()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);

        await scenario.Expect(scenario.SendAsync(v => Record(v, scenario,
            new AgreedAction("Add timescales to the plan", scenario.Practitioner.Id, Today.AddDays(14)),
            null,
            new AgreedAction("Check plans in supervision", scenario.TeamManager.Id, Today.AddDays(28))), scenario.ServiceManager));

        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.ActionsOutstanding, audit.State);
        var actions = audit.Actions.OrderBy(a => a.Id).ToList();
        Assert.Equal([ActionFor.Learning, ActionFor.Learning], actions.Select(a => a.For));
        Assert.Equal([scenario.Practitioner.Id, scenario.TeamManager.Id], actions.Select(a => a.OwnerId));
        var deadlines = await app.DbAsync(db => db.Deadlines.AsNoTracking()
            .Where(d => d.CaseAuditId == scenario.AuditId && d.Kind == DeadlineKind.ActionDue && d.CompletedAt == null).ToListAsync());
        Assert.Equal(2, deadlines.Count);
        foreach (var action in actions)
        {
            var deadline = Assert.Single(deadlines, d => d.AuditActionId == action.Id);
            Assert.Equal(action.OwnerId, deadline.OwnerId);
            Assert.Equal(WorkingDays.EndOfUkDay(action.DueDate), deadline.DueAt);
        }

        var assigned = await ConversationSteps.OutboxAsync(scenario, "action-assigned");
        Assert.Equal(new[] { scenario.Practitioner.Email, scenario.TeamManager.Email }.Order(), assigned.Select(m => m.ToAddress).Order());
        var toPractitioner = assigned.Single(m => m.ToAddress == scenario.Practitioner.Email);
        Assert.Contains($"/actions/{actions[0].Id}", toPractitioner.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Add timescales", toPractitioner.TextBody + toPractitioner.HtmlBody, StringComparison.Ordinal);
        var history = await app.DbAsync(db => db.AuditHistory.AsNoTracking().Where(h => h.CaseAuditId == scenario.AuditId && h.AuditActionId != null)
            .Select(h => h.AuditActionId).ToListAsync());
        Assert.Equal(actions.Select(a => (int?)a.Id).Order(), history.Order());
    }

    [Fact]
    public async Task RecordConversation_WithNoAction_IsRefused_AndTheAuditDoesNotClose()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);

        var result = await scenario.SendAsync(v => Record(v, scenario, null, new AgreedAction(" ", "", null)), scenario.ServiceManager);

        Assert.False(result.Succeeded);
        Assert.Equal([ConversationPolicy.NoActionAgreed], result.Errors.Select(e => e.Value));
        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.AwaitingReflectiveConversation, audit.State);
        Assert.Null(audit.ConversationLearning);
        Assert.Empty(audit.Actions);
    }

    [Fact]
    public async Task RecordConversation_Form_ListsEveryProblemAtOnce_KeepsWhatWasTyped_AndSavesNothing()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        var fields = new Dictionary<string, string>(ConversationSteps.Date("HeldOn", Today)) { ["Input.EarlierReason"] = "Held in supervision" };
        foreach (var (key, value) in ConversationSteps.AgreedAction(0, "Add timescales to the plan", "", Today)
            .Concat(ConversationSteps.AgreedAction(1, "", scenario.TeamManager.Id, Today.AddYears(3))))
        {
            fields[key] = value;
        }

        fields["Input.Actions[2].DueDate.Day"] = "31";
        fields["Input.Actions[2].DueDate.Month"] = "2";
        fields["Input.Actions[2].DueDate.Year"] = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (_, page) = await manager.SubmitAsync(await manager.GetPageAsync($"/audits/{scenario.AuditId}/record-conversation"), fields);

        var errors = page.ErrorSummary();
        Assert.Contains("Enter the learning identified in the conversation", errors);
        Assert.Contains("Select who owns action 1", errors);
        Assert.Contains("The due date of action 1 must be in the future", errors);
        Assert.Contains("Enter what needs to be done for action 2", errors);
        Assert.Contains(errors, e => e.StartsWith("The date action 2 is due must be", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("real date", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(6, errors.Count);
        Assert.Equal("Add timescales to the plan", page.Value("#Input_Actions_0__Description"));
        Assert.Equal(scenario.TeamManager.Id, page.QuerySelector("#Input_Actions_1__OwnerId option[selected]")?.GetAttribute("value"));
        Assert.Equal("31", page.Value("#Input_Actions_2__DueDate"));
        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.AwaitingReflectiveConversation, audit.State);
        Assert.Empty(audit.Actions);
    }

    [Fact]
    public async Task RecordConversation_Form_WithNoAction_ShowsTheRuleInTheErrorSummary_LinkedToTheFirstAction()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        var fields = new Dictionary<string, string>(ConversationSteps.Date("HeldOn", Today))
        {
            ["Input.Learning"] = "Plans need timescales",
            ["Input.EarlierReason"] = "Held in supervision",
        };

        var (_, page) = await manager.SubmitAsync(await manager.GetPageAsync($"/audits/{scenario.AuditId}/record-conversation"), fields);

        Assert.Equal([ConversationPolicy.NoActionAgreed], page.ErrorSummary());
        Assert.Equal("#Input_Actions_0__Description", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(AuditState.AwaitingReflectiveConversation, (await scenario.AuditAsync()).State);
    }
}
