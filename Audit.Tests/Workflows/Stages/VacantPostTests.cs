using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Conversations;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Stages;
using Audit.Workflows.Inbox;
using Audit.Workflows.Moderation;
using Audit.Workflows.Organisation;
using Audit.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Audit.Tests.Workflows.Deadlines.DeadlineSteps;

namespace Audit.Tests.Workflows.Stages;

/// <summary>
/// A stage whose post is vacant (no assistant director, no service manager, or one who has been deactivated) goes to
/// the QA leads, who act for the post or name a stand-in; when the post-holder changes, open stages and their
/// reminders follow the new holder.
/// </summary>
public sealed class VacantPostTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();
    private readonly FakeTimeProvider clock = new(MondayMorning);

    public VacantPostTests() => app.Clock = clock;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task NoAssistantDirector_TheCoSignGoesToTheQaLeads_WhoCoSignActingForThePost()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await SetDirectorateAssistantDirectorAsync(scenario, null);

        await scenario.ToStateAsync(AuditState.AwaitingCoSign);

        var deadline = await DeadlineAsync(scenario, DeadlineKind.CoSignDue);
        Assert.Equal((null, Roles.QaLead), (deadline.OwnerId, deadline.OwnerRole));
        Assert.Contains(scenario.QaLead.Email, await RecipientsAsync(app, "post-vacant"));
        Assert.Contains(await InboxAsync(scenario.QaLead), i => i.Task == InboxTask.CoSign && i.AuditId == scenario.AuditId);
        Assert.Equal("There is no assistant director who can act for this service: a QA lead can act for them, or name a stand-in",
            (await CheckAsync(scenario, scenario.OtherAssistantDirector, AuditTrigger.CoSign)).Reason);

        await scenario.Expect(scenario.SendAsync(v => new CoSignCommand(scenario.AuditId, v, "Checked"), scenario.QaLead));

        var coSigned = await LastHistoryAsync(scenario);
        Assert.Equal(AuditState.Closed, (await scenario.AuditAsync()).State);
        Assert.Equal((scenario.QaLead.Id, "Acting for the assistant director, as no assistant director could act: Checked"), (coSigned.ActorId, coSigned.Comment));
    }

    [Fact]
    public async Task DeactivatedServiceManager_TheConversationGoesToTheQaLeads_WhoNameAStandIn_WhoHoldsItAndItsReminder()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        var deputy = await TestData.AStaffMember().Named("Dee Deputy").WithRoles(Roles.ServiceManager).CreateAsync(app);

        await app.InScopeAsync(async sp => Assert.True((await sp.GetRequiredService<StaffService>().DeactivateAsync(scenario.ServiceManager.Id, scenario.QaLead.Id)).Succeeded));

        var vacant = await DeadlineAsync(scenario, DeadlineKind.ConversationDue);
        Assert.Equal((null, Roles.QaLead), (vacant.OwnerId, vacant.OwnerRole));
        Assert.Equal("Now with: QA leads, acting for the service manager (the service manager has left)", (await LastHistoryAsync(scenario)).Comment);

        await scenario.Expect(scenario.SendAsync(v => new NameStandInCommand(scenario.AuditId, v, deputy.Id), scenario.QaLead));

        var held = await DeadlineAsync(scenario, DeadlineKind.ConversationDue);
        Assert.Equal((deputy.Id, null), (held.OwnerId, held.OwnerRole));
        Assert.Contains(deputy.Email, await RecipientsAsync(app, "stand-in-named"));
        clock.SetUtcNow(held.RemindAt);
        await SweepAsync(app);
        Assert.Equal([deputy.Email], await RecipientsAsync(app, DeadlineEmails.ReminderKind));
        var heldOn = DateOnly.FromDateTime(held.RemindAt.UtcDateTime);
        await scenario.Expect(scenario.SendAsync(v => new RecordConversationCommand(scenario.AuditId, v, heldOn, "Plans need timescales",
            EarlierReason: "Held in supervision", Actions: [new AgreedAction("Add timescales to the plan", scenario.Practitioner.Id, heldOn.AddDays(14))]), deputy));
        Assert.Equal(AuditState.ActionsOutstanding, (await scenario.AuditAsync()).State);
    }

    [Fact]
    public async Task NewAssistantDirector_InheritsTheOpenCoSign_AndItsReminder_AndTheOldOneCanNoLongerCoSign()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingCoSign);
        var before = await DeadlineAsync(scenario, DeadlineKind.CoSignDue);
        Assert.Equal(scenario.AssistantDirector.Id, before.OwnerId);

        await SetDirectorateAssistantDirectorAsync(scenario, scenario.OtherAssistantDirector);

        var after = await DeadlineAsync(scenario, DeadlineKind.CoSignDue);
        Assert.Equal((before.Id, scenario.OtherAssistantDirector.Id, before.DueAt), (after.Id, after.OwnerId, after.DueAt));
        Assert.Contains(scenario.OtherAssistantDirector.Email, await RecipientsAsync(app, "cosign-needed"));
        clock.SetUtcNow(after.RemindAt);
        await SweepAsync(app);
        Assert.Equal([scenario.OtherAssistantDirector.Email], await RecipientsAsync(app, DeadlineEmails.ReminderKind));
        Assert.False((await CheckAsync(scenario, scenario.AssistantDirector, AuditTrigger.CoSign)).IsAllowed);
        Assert.True((await CheckAsync(scenario, scenario.OtherAssistantDirector, AuditTrigger.CoSign)).IsAllowed);
        Assert.Contains(await InboxAsync(scenario.OtherAssistantDirector), i => i.Task == InboxTask.CoSign);
        Assert.DoesNotContain(await InboxAsync(scenario.AssistantDirector), i => i.Task == InboxTask.CoSign);
    }

    [Fact]
    public async Task FillingAVacantPost_GivesItsOpenStageToTheNewHolder()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await SetDirectorateAssistantDirectorAsync(scenario, null);
        await scenario.ToStateAsync(AuditState.AwaitingCoSign);

        await SetDirectorateAssistantDirectorAsync(scenario, scenario.AssistantDirector);

        var deadline = await DeadlineAsync(scenario, DeadlineKind.CoSignDue);
        Assert.Equal((scenario.AssistantDirector.Id, null), (deadline.OwnerId, deadline.OwnerRole));
        Assert.DoesNotContain(await InboxAsync(scenario.QaLead), i => i.Task == InboxTask.CoSign);
    }

    [Fact]
    public async Task DeactivatedModerator_ReleasesTheAuditTheyTook_BackToTheQueue()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        await scenario.Expect(scenario.SendAsync(v => new TakeForModerationCommand(scenario.AuditId, v), scenario.Moderator));

        await app.InScopeAsync(async sp => Assert.True((await sp.GetRequiredService<StaffService>().DeactivateAsync(scenario.Moderator.Id, scenario.QaLead.Id)).Succeeded));

        var deadline = await DeadlineAsync(scenario, DeadlineKind.ModerationDue);
        Assert.Null((await scenario.AuditAsync()).ModerationTakenById);
        Assert.Equal((null, Roles.PracticeImprovementManager), (deadline.OwnerId, deadline.OwnerRole));
    }

    private Task SetDirectorateAssistantDirectorAsync(AuditScenario scenario, TestStaff? director) =>
        app.InScopeAsync(async sp =>
        {
            var directorate = await sp.GetRequiredService<Audit.Data.AuditDbContext>().Teams.AsNoTracking()
                .Where(t => t.Id == scenario.TeamId).Select(t => t.ServiceArea!.Directorate!).SingleAsync();
            var result = await sp.GetRequiredService<OrganisationService>()
                .EditDirectorateAsync(directorate.Id, directorate.Version, new DirectorateCommand(directorate.Name, director?.Id));
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Value)));
        });

    private Task<TriggerCheck> CheckAsync(AuditScenario scenario, TestStaff who, AuditTrigger trigger) =>
        app.InScopeAsync(async sp =>
        {
            var audit = await sp.GetRequiredService<AuditAccess>().LoadForSystemAsync(scenario.AuditId);
            return await sp.GetRequiredService<DeepDiveWorkflows>().CheckAsync(audit!, who.Id, trigger);
        });

    private Task<IReadOnlyList<InboxItem>> InboxAsync(TestStaff who) =>
        app.InScopeAsync(sp => sp.GetRequiredService<InboxService>().ForAsync(who.Id));

    private Task<AuditHistoryEntry> LastHistoryAsync(AuditScenario scenario) =>
        app.DbAsync(db => db.AuditHistory.AsNoTracking().Where(h => h.CaseAuditId == scenario.AuditId).OrderByDescending(h => h.Id).FirstAsync());
}
