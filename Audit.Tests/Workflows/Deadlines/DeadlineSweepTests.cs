using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Audit.Tests.Workflows.Deadlines.DeadlineSteps;

namespace Audit.Tests.Workflows.Deadlines;

public sealed class DeadlineSweepTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();
    private readonly FakeTimeProvider clock = new(MondayMorning);

    public DeadlineSweepTests() => app.Clock = clock;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task ModerationDueOnMonday_WithTwoWorkingDaysLead_RemindsOnThePreviousThursdayAt8amUk()
    {
        var scenario = await AuditScenario.CreateAsync(app);

        await scenario.ToStateAsync(AuditState.AwaitingModeration);

        // Inadequate: 5 working days from Monday 2 November is Monday 9 November.
        var deadline = await DeadlineAsync(scenario, DeadlineKind.ModerationDue);
        Assert.Equal(WorkingDays.EndOfUkDay(new DateOnly(2026, 11, 9)), deadline.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 8, 0, 0, TimeSpan.Zero), deadline.RemindAt);
    }

    [Fact]
    public async Task Reminder_FiresAtRemindAt_NotBefore_AndOnlyOnce()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        var deadline = await DeadlineAsync(scenario, DeadlineKind.ModerationDue);

        clock.SetUtcNow(deadline.RemindAt.AddMinutes(-1));
        var early = await SweepAsync(app);
        clock.SetUtcNow(deadline.RemindAt);
        var onTime = await SweepAsync(app);
        clock.Advance(TimeSpan.FromHours(3));
        var again = await SweepAsync(app);

        Assert.Equal((0, 1, 0), (early.Reminded, onTime.Reminded, again.Reminded));
        Assert.Equal(Sorted(scenario.Moderator), await RecipientsAsync(app, DeadlineEmails.ReminderKind));
        Assert.Equal(deadline.RemindAt, (await DeadlineAsync(scenario, DeadlineKind.ModerationDue)).ReminderSentAt);
    }

    [Fact]
    public async Task TwoSweepsAtOnce_AsOnTwoInstances_RemindEachDeadlineOnce()
    {
        var scenarios = new List<AuditScenario>();
        for (var i = 0; i < 4; i++)
        {
            scenarios.Add(await AuditScenario.CreateAsync(app));
        }

        clock.SetUtcNow((await DeadlineAsync(scenarios[0], DeadlineKind.AuditDue)).RemindAt);
        var results = await Task.WhenAll(Task.Run(() => SweepAsync(app)), Task.Run(() => SweepAsync(app)));

        Assert.Equal(4, results.Sum(r => r.Reminded));
        Assert.Equal(Sorted([.. scenarios.Select(s => s.Auditor)]), await RecipientsAsync(app, DeadlineEmails.ReminderKind));
    }

    [Fact]
    public async Task Reminder_ForAPoolTask_GoesToEveryPracticeImprovementManagerExceptTheAuditor()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await AddRoleAsync(app, scenario.Auditor, Roles.PracticeImprovementManager);
        var secondModerator = await TestData.AStaffMember().Named("Pip Moderator").WithRoles(Roles.PracticeImprovementManager).CreateAsync(app);
        await TestData.AStaffMember().Named("Gone Moderator").WithRoles(Roles.PracticeImprovementManager).Deactivated().CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        clock.SetUtcNow((await DeadlineAsync(scenario, DeadlineKind.ModerationDue)).RemindAt);

        await SweepAsync(app);

        Assert.Equal(Sorted(scenario.Moderator, secondModerator), await RecipientsAsync(app, DeadlineEmails.ReminderKind));
    }

    [Fact]
    public async Task Escalation_AfterDueAt_GoesOnceToTheOwnerTheirManagerAndTheQaLead()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await PutAuditorInTeamManagedByAsync(scenario, scenario.OtherAuditor);
        var deadline = await DeadlineAsync(scenario, DeadlineKind.AuditDue);

        clock.SetUtcNow(deadline.DueAt.AddMinutes(-1));
        var beforeDue = await SweepAsync(app);
        clock.SetUtcNow(deadline.DueAt);
        var atDue = await SweepAsync(app);
        clock.Advance(TimeSpan.FromDays(2));
        var later = await SweepAsync(app);

        Assert.Equal((0, 1, 0), (beforeDue.Escalated, atDue.Escalated, later.Escalated));
        Assert.Equal(Sorted(scenario.Auditor, scenario.OtherAuditor, scenario.QaLead), await RecipientsAsync(app, DeadlineEmails.OverdueKind));
    }

    [Fact]
    public async Task AnActionWhoseOwnerWasDeactivated_RemindsNoOne_AndItsEscalationReachesTheQaLeadButNotTheOwner()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.ActionsOutstanding);
        var deadline = await DeadlineAsync(scenario, DeadlineKind.ActionDue);
        Assert.Equal(scenario.TeamManager.Id, deadline.OwnerId);
        await app.DbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == scenario.TeamManager.Id)).IsActive = false;
            return await db.SaveChangesAsync();
        });

        clock.SetUtcNow(deadline.RemindAt);
        await SweepAsync(app);
        clock.SetUtcNow(deadline.DueAt);
        await SweepAsync(app);

        Assert.DoesNotContain(scenario.TeamManager.Email, await RecipientsAsync(app, DeadlineEmails.ReminderKind));
        var overdue = await RecipientsAsync(app, DeadlineEmails.OverdueKind);
        Assert.DoesNotContain(scenario.TeamManager.Email, overdue);
        Assert.Contains(scenario.QaLead.Email, overdue);
    }

    [Fact]
    public async Task Escalation_OfAServiceManagersConversation_GoesToTheAssistantDirector()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        var deadline = await DeadlineAsync(scenario, DeadlineKind.ConversationDue);
        clock.SetUtcNow(deadline.DueAt);

        await SweepAsync(app);

        var overdue = await EmailsAsync(app, DeadlineEmails.OverdueKind);
        Assert.Equal(Sorted(scenario.ServiceManager, scenario.AssistantDirector, scenario.QaLead), overdue.Select(m => m.ToAddress).ToList());
        var toDirector = overdue.Single(m => m.ToAddress == scenario.AssistantDirector.Email);
        Assert.Contains($"{scenario.ServiceManager.FullName} needed to hold the reflective conversation for deep-dive audit AUD-{scenario.AuditId:D6}", toDirector.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalation_WhenQaLeadEscalationIsTurnedOff_GoesOnlyToTheOwnerAndTheirManager()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await PutAuditorInTeamManagedByAsync(scenario, scenario.OtherAuditor);
        await app.DbAsync(async db =>
        {
            (await db.WorkflowSettings.FindAsync(WorkflowSettings.SingletonId))!.EscalateToQaLead = false;
            return await db.SaveChangesAsync();
        });
        clock.SetUtcNow((await DeadlineAsync(scenario, DeadlineKind.AuditDue)).DueAt);

        await SweepAsync(app);

        Assert.Equal(Sorted(scenario.Auditor, scenario.OtherAuditor), await RecipientsAsync(app, DeadlineEmails.OverdueKind));
    }

    [Fact]
    public async Task Deadline_ThatPassedWhileTheAppWasStopped_GetsOneEscalationAndNoReminder()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var deadline = await DeadlineAsync(scenario, DeadlineKind.AuditDue);
        clock.SetUtcNow(deadline.DueAt.AddDays(30));

        var first = await SweepAsync(app);
        var second = await SweepAsync(app);

        Assert.Equal((0, 1), (first.Reminded, first.Escalated));
        Assert.Equal((0, 0), (second.Reminded, second.Escalated));
        Assert.Empty(await RecipientsAsync(app, DeadlineEmails.ReminderKind));
        Assert.Equal(Sorted(scenario.Auditor, scenario.QaLead), await RecipientsAsync(app, DeadlineEmails.OverdueKind));
        var swept = await DeadlineAsync(scenario, DeadlineKind.AuditDue);
        Assert.Null(swept.ReminderSentAt);
        Assert.Equal(deadline.DueAt.AddDays(30), swept.EscalatedAt);
    }

    [Fact]
    public async Task Moderation_AgreedBeforeItIsDue_IsNeverEscalated()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        var deadline = await DeadlineAsync(scenario, DeadlineKind.ModerationDue);
        clock.SetUtcNow(deadline.DueAt.AddHours(-2));
        await scenario.ModerateAsync(ModerationOutcome.Agree);

        clock.SetUtcNow(deadline.DueAt.AddHours(1));
        var result = await SweepAsync(app);

        Assert.Equal(0, result.Escalated);
        Assert.Empty(await RecipientsAsync(app, DeadlineEmails.OverdueKind));
        Assert.Null((await DeadlineAsync(scenario, DeadlineKind.ModerationDue)).EscalatedAt);
    }

    [Fact]
    public async Task Emails_NameTheAuditByReference_LinkToIt_AndLeaveOutTheCaseReference()
    {
        var scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-7781234");
        clock.SetUtcNow((await DeadlineAsync(scenario, DeadlineKind.AuditDue)).DueAt);

        await SweepAsync(app);

        var email = (await EmailsAsync(app, DeadlineEmails.OverdueKind)).Single(m => m.ToAddress == scenario.Auditor.Email);
        var reference = $"AUD-{scenario.AuditId:D6}";
        Assert.Equal($"Overdue: audit {reference} was due by 30 November 2026", email.Subject);
        Assert.Contains($"https://localhost/audits/{scenario.AuditId}", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("LCS-7781234", email.Subject + email.TextBody + email.HtmlBody, StringComparison.Ordinal);
    }
}
