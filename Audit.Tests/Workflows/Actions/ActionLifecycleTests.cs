using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Actions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Actions;

/// <summary>
/// An action's life through the real commands: the owner records progress and completes it with evidence, the
/// auditor or the practitioner's team manager confirms or reopens it, the auditor changes its owner or date, and the
/// audit closes itself when the last action is confirmed (or a QA lead closes it with a reason).
/// </summary>
public sealed class ActionLifecycleTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private static async Task<(AuditScenario Scenario, AuditAction Action)> WithAnOpenActionAsync(AuditAppFactory app)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.ActionsOutstanding);
        return (scenario, (await scenario.AuditAsync()).Actions.Single());
    }

    private static Task CompleteAsync(AuditScenario scenario, AuditAction action, string evidence = "Plan updated at the review on 3 March") =>
        scenario.Expect(scenario.SendAsync(v => new CompleteActionCommand(scenario.AuditId, action.Id, v, evidence), scenario.TeamManager));

    private static Task<List<AuditHistoryEntry>> ActionHistoryAsync(AuditScenario scenario, AuditAction action) =>
        scenario.App.DbAsync(db => db.AuditHistory.AsNoTracking().Where(h => h.AuditActionId == action.Id).OrderBy(h => h.Id).ToListAsync());

    private static async Task<string> ReasonAsync(Task<Audit.Workflows.Common.CommandResult> command) =>
        string.Join("; ", (await command).Errors.Select(e => e.Value));

    [Fact]
    public async Task Complete_ThenConfirm_ClosesTheAudit_AndTellsTheOwnerAndAuditor()
    {
        var (scenario, action) = await WithAnOpenActionAsync(app);

        await scenario.Expect(scenario.SendAsync(v => new RecordActionProgressCommand(scenario.AuditId, action.Id, v, "Review booked"), scenario.TeamManager));
        await CompleteAsync(scenario, action);
        Assert.Equal(AuditState.ActionsOutstanding, (await scenario.AuditAsync()).State);
        await scenario.Expect(scenario.SendAsync(v => new ConfirmActionCommand(scenario.AuditId, action.Id, v), scenario.Auditor));

        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.Closed, audit.State);
        Assert.Equal(ActionStatus.Confirmed, audit.Actions.Single().Status);
        Assert.Equal(["RecordActionProgress", "CompleteAction", "ConfirmAction"], (await ActionHistoryAsync(scenario, action)).Select(h => h.Trigger));
        var mail = await app.DbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Subject.Contains("AUD-" + scenario.AuditId.ToString("D6", null))).ToListAsync());
        Assert.Contains(mail, m => m.Kind == "action-confirmed" && m.ToAddress == scenario.TeamManager.Email);
        Assert.Contains(mail, m => m.Kind == "audit-closed" && m.ToAddress == scenario.Auditor.Email);
        Assert.Contains(mail, m => m.Kind == "action-ready-to-confirm" && m.ToAddress == scenario.Auditor.Email);
        Assert.All(mail, m => Assert.DoesNotContain("Update the child's plan", m.TextBody + m.HtmlBody, StringComparison.Ordinal));
        Assert.All(mail, m => Assert.DoesNotContain("Plan updated at the review", m.TextBody + m.HtmlBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Complete_WithoutEvidence_IsRefused()
    {
        var (scenario, action) = await WithAnOpenActionAsync(app);

        var reason = await ReasonAsync(scenario.SendAsync(v => new CompleteActionCommand(scenario.AuditId, action.Id, v, " "), scenario.TeamManager));

        Assert.Equal("Enter a note of the evidence that the action is done", reason);
        Assert.Equal(ActionStatus.Open, (await scenario.AuditAsync()).Actions.Single().Status);
    }

    [Fact]
    public async Task OnlyTheOwner_CanComplete()
    {
        var (scenario, action) = await WithAnOpenActionAsync(app);

        foreach (var someoneElse in new[] { scenario.Auditor, scenario.QaLead, scenario.Practitioner })
        {
            var reason = await ReasonAsync(scenario.SendAsync(v => new CompleteActionCommand(scenario.AuditId, action.Id, v, "Done"), someoneElse));
            Assert.Equal(ActionPolicy.OnlyTheOwnerCompletes, reason);
        }
    }

    [Fact]
    public async Task OnlyTheAuditorOrTheTeamManager_CanConfirm_AndNeverTheirOwnCompletion()
    {
        var (scenario, action) = await WithAnOpenActionAsync(app);
        await CompleteAsync(scenario, action);

        foreach (var someoneElse in new[] { scenario.QaLead, scenario.Practitioner, scenario.ServiceManager })
        {
            Assert.Equal(ActionPolicy.OnlyConfirmers, await ReasonAsync(scenario.SendAsync(v => new ConfirmActionCommand(scenario.AuditId, action.Id, v), someoneElse)));
        }

        // The team manager owns this action and completed it: the auditor confirms it.
        Assert.Equal(ActionPolicy.NotYourOwnCompletion, await ReasonAsync(scenario.SendAsync(v => new ConfirmActionCommand(scenario.AuditId, action.Id, v), scenario.TeamManager)));
        Assert.Equal(AuditState.ActionsOutstanding, (await scenario.AuditAsync()).State);
    }

    [Fact]
    public async Task Reopen_WithAReason_OpensItAgain_KeepsTheReason_AndTellsTheOwner()
    {
        var (scenario, action) = await WithAnOpenActionAsync(app);
        await CompleteAsync(scenario, action);

        var refused = await ReasonAsync(scenario.SendAsync(v => new ReopenActionCommand(scenario.AuditId, action.Id, v, ""), scenario.Auditor));
        await scenario.Expect(scenario.SendAsync(v => new ReopenActionCommand(scenario.AuditId, action.Id, v, "The plan still has no contingency"), scenario.Auditor));

        Assert.Equal("Enter the reason for reopening the action", refused);
        var reopened = (await scenario.AuditAsync()).Actions.Single();
        Assert.Equal(ActionStatus.Open, reopened.Status);
        Assert.Contains("The plan still has no contingency", (await ActionHistoryAsync(scenario, action)).Last().Comment, StringComparison.Ordinal);
        Assert.True(await app.DbAsync(db => db.Deadlines.AnyAsync(d => d.AuditActionId == action.Id && d.CompletedAt == null)));
        Assert.True(await app.DbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "action-reopened" && m.ToAddress == scenario.TeamManager.Email)));
    }

    [Fact]
    public async Task ChangeOwner_WithAReason_IsInTheHistory_MovesTheDeadline_AndEmailsTheNewOwner()
    {
        var (scenario, action) = await WithAnOpenActionAsync(app);

        await scenario.Expect(scenario.SendAsync(v => new ChangeActionCommand(scenario.AuditId, action.Id, v, scenario.Practitioner.Id, action.DueDate,
            "The practitioner holds the plan now"), scenario.Auditor));

        Assert.Equal(scenario.Practitioner.Id, (await scenario.AuditAsync()).Actions.Single().OwnerId);
        var entry = (await ActionHistoryAsync(scenario, action)).Single();
        Assert.Contains($"owner changed from {scenario.TeamManager.FullName} to {scenario.Practitioner.FullName}", entry.Comment, StringComparison.Ordinal);
        Assert.Contains("The practitioner holds the plan now", entry.Comment, StringComparison.Ordinal);
        Assert.Equal(scenario.Practitioner.Id, await app.DbAsync(db => db.Deadlines.Where(d => d.AuditActionId == action.Id && d.CompletedAt == null).Select(d => d.OwnerId).SingleAsync()));
        Assert.True(await app.DbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "action-assigned" && m.ToAddress == scenario.Practitioner.Email)));
    }

    [Fact]
    public async Task ChangeOwner_ToSomeoneNotOffered_OrWithoutAReason_IsRefused()
    {
        var (scenario, action) = await WithAnOpenActionAsync(app);

        var result = await scenario.SendAsync(v => new ChangeActionCommand(scenario.AuditId, action.Id, v, scenario.Outsider.Id, action.DueDate, null), scenario.Auditor);

        Assert.Equal(["Select who owns the action", "Enter the reason for the change"], result.Errors.Select(e => e.Value));
        Assert.Equal(scenario.TeamManager.Id, (await scenario.AuditAsync()).Actions.Single().OwnerId);
        Assert.Equal(ActionPolicy.OnlyChangers, await ReasonAsync(scenario.SendAsync(v => new ChangeActionCommand(scenario.AuditId, action.Id, v,
            scenario.Practitioner.Id, action.DueDate, "Moving it"), scenario.TeamManager)));
    }

    [Fact]
    public async Task QaLead_ClosesTheAuditEarly_WithAReason()
    {
        var (scenario, _) = await WithAnOpenActionAsync(app);

        var withoutReason = await ReasonAsync(scenario.SendAsync(v => new CloseAuditCommand(scenario.AuditId, v, null), scenario.QaLead));
        var byAuditor = await ReasonAsync(scenario.SendAsync(v => new CloseAuditCommand(scenario.AuditId, v, "Done"), scenario.Auditor));
        await scenario.Expect(scenario.SendAsync(v => new CloseAuditCommand(scenario.AuditId, v, "Case closed in the case system"), scenario.QaLead));

        Assert.Equal("Enter the reason for closing the audit", withoutReason);
        Assert.Equal("Only a QA lead can close this audit before its actions are confirmed", byAuditor);
        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.Closed, audit.State);
        Assert.Contains("Case closed in the case system", await app.DbAsync(db => db.AuditHistory.Where(h => h.CaseAuditId == audit.Id).OrderBy(h => h.Id).Select(h => h.Comment).LastAsync()), StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.Deadlines.AnyAsync(d => d.CaseAuditId == audit.Id && d.CompletedAt == null)));
    }

    [Fact]
    public async Task OverdueAction_IsEscalatedToTheOwnersManager_WithALinkToTheActionOnly()
    {
        var (scenario, action) = await WithAnOpenActionAsync(app);
        await app.DbAsync(async db =>
        {
            var deadline = await db.Deadlines.SingleAsync(d => d.AuditActionId == action.Id && d.CompletedAt == null);
            deadline.RemindAt = DateTimeOffset.UtcNow.AddDays(-10);
            deadline.DueAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        await app.InScopeAsync(sp => sp.GetRequiredService<Audit.Workflows.Deadlines.DeadlineSweep>().RunAsync());

        var reference = $"AUD-{scenario.AuditId:D6}";
        var overdue = await app.DbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == "deadline-overdue" && m.Subject.Contains(reference)).ToListAsync());
        Assert.Contains(overdue, m => m.ToAddress == scenario.TeamManager.Email);
        Assert.Contains(overdue, m => m.ToAddress == scenario.ServiceManager.Email); // the team manager's own manager
        Assert.All(overdue, m => Assert.Contains($"/actions/{action.Id}", m.TextBody, StringComparison.Ordinal));
        Assert.All(overdue, m => Assert.DoesNotContain($"/audits/{scenario.AuditId}", m.TextBody, StringComparison.Ordinal));
    }
}
