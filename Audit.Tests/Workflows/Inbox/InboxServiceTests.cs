using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.ImmediateResponses;
using Audit.Workflows.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Audit.Tests.Workflows.Inbox;

public sealed class InboxServiceTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData(AuditState.Allocated, InboxTask.StartAudit)]
    [InlineData(AuditState.InProgress, InboxTask.FinishAudit)]
    [InlineData(AuditState.ReturnedToAuditor, InboxTask.FinishAudit)]
    public async Task Auditor_SeesTheAuditToStartOrFinish_AndNoOneElseDoes(AuditState state, InboxTask task)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(state);

        var item = Assert.Single(await InboxAsync(scenario.Auditor));

        Assert.Equal((task, scenario.AuditId, $"/audits/{scenario.AuditId}"), (item.Task, item.AuditId, item.Href));
        Assert.Equal(state == AuditState.ReturnedToAuditor, item.IsReturned);
        Assert.NotNull(item.DueDate);
        Assert.Empty(await InboxAsync(scenario.Moderator));
        Assert.Empty(await InboxAsync(scenario.TeamManager));
        Assert.Empty(await InboxAsync(scenario.Practitioner));
    }

    [Fact]
    public async Task Moderator_SeesAnAuditAwaitingModeration_AsUrgentWhenInadequate()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);

        var item = Assert.Single(await InboxAsync(scenario.Moderator));

        Assert.Equal(InboxTask.Moderate, item.Task);
        Assert.Equal(InboxPriority.Urgent, item.Priority);
        Assert.Empty(await InboxAsync(scenario.Auditor));
    }

    [Fact]
    public async Task Moderator_DoesNotSeeModerationOfAnAuditTheyCompletedThemselves_ButAnotherModeratorDoes()
    {
        var scenario = await AuditScenario.CreateAsync(app, allocateTo: s => s.Moderator);
        var otherModerator = await TestData.AStaffMember().WithRoles(Roles.PracticeImprovementManager).CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);

        Assert.DoesNotContain(await InboxAsync(scenario.Moderator), i => i.Task == InboxTask.Moderate);
        Assert.Equal(InboxTask.Moderate, Assert.Single(await InboxAsync(otherModerator)).Task);
    }

    [Fact]
    public async Task AssistantDirector_SeesCoSignOnlyForTheirDirectorate()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingCoSign);

        Assert.Equal(InboxTask.CoSign, Assert.Single(await InboxAsync(scenario.AssistantDirector)).Task);
        Assert.Empty(await InboxAsync(scenario.OtherAssistantDirector));
    }

    [Fact]
    public async Task ServiceManager_SeesTheReflectiveConversationOnlyForTheirService()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var otherServiceManager = await TestData.AStaffMember().WithRoles(Roles.ServiceManager).CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);

        var item = Assert.Single(await InboxAsync(scenario.ServiceManager));

        Assert.Equal(InboxTask.ReflectiveConversation, item.Task);
        Assert.StartsWith("Schedule the reflective conversation", item.Title, StringComparison.Ordinal);
        Assert.Empty(await InboxAsync(otherServiceManager));
    }

    [Fact]
    public async Task ActionOwner_SeesTheirOpenActionDue()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.ActionsOutstanding);

        var item = Assert.Single(await InboxAsync(scenario.TeamManager));

        Assert.Equal(InboxTask.CompleteAction, item.Task);
        Assert.Equal("Update the child's plan", item.Detail);
        Assert.False(item.IsOverdue);
    }

    [Theory]
    [InlineData(AuditState.Allocated)]
    [InlineData(AuditState.AwaitingModeration)]
    [InlineData(AuditState.AwaitingCoSign)]
    [InlineData(AuditState.ReturnedToAuditor)]
    public async Task Practitioner_HasNothingToDo_BeforeTheGradeIsSettled(AuditState state)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(state);

        Assert.Empty(await InboxAsync(scenario.Practitioner));
    }

    [Theory]
    [InlineData(AuditState.AwaitingReflectiveConversation, new[] { InboxTask.WriteReflections, InboxTask.RespondToFindings })]
    [InlineData(AuditState.ActionsOutstanding, new[] { InboxTask.RespondToFindings })]
    [InlineData(AuditState.Closed, new[] { InboxTask.ReadFindings })]
    public async Task Practitioner_OnceTheGradeIsSettled_HasTheirReflectionsAndResponseToWrite(AuditState state, InboxTask[] expected)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(state);

        Assert.Equal(expected, (await InboxAsync(scenario.Practitioner)).Select(i => i.Task));
    }

    [Fact]
    public async Task AnAuditPastItsDueDate_IsOverdue()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        app.Clock = clock;
        var scenario = await AuditScenario.CreateAsync(app);
        var before = Assert.Single(await InboxAsync(scenario.Auditor));

        clock.Advance(TimeSpan.FromDays(60));
        var after = Assert.Single(await InboxAsync(scenario.Auditor));

        Assert.False(before.IsOverdue);
        Assert.Equal((true, InboxPriority.Overdue), (after.IsOverdue, after.Priority));
    }

    [Fact]
    public async Task Inbox_PutsUrgentModerationFirst_ThenNewestFirst()
    {
        var inadequate = await AuditScenario.CreateAsync(app);
        await inadequate.ToStateAsync(AuditState.AwaitingModeration);
        var older = await AuditScenario.CreateAsync(app);
        var newer = await AuditScenario.CreateAsync(app);
        // The same moderator is also the auditor of two later audits, allocated in turn.
        var moderator = inadequate.Moderator;
        await ReallocateAsync(older, moderator);
        await ReallocateAsync(newer, moderator);

        var items = await InboxAsync(moderator);

        Assert.Equal([inadequate.AuditId, newer.AuditId, older.AuditId], items.Select(i => i.AuditId));
        Assert.Equal(InboxPriority.Urgent, items[0].Priority);
    }

    private static Task ReallocateAsync(AuditScenario scenario, TestStaff to) =>
        scenario.Expect(scenario.SendAsync(v => new Audit.Workflows.DeepDive.Commands.ReallocateCommand(scenario.AuditId, v, to.Id, null), scenario.QaLead));

    [Fact]
    public async Task ImmediateResponse_IsFirstForEachPersonAsked_DueTheEndOfTheNextWorkingDay_UntilTheyAcknowledge()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var irId = await RaiseImmediateResponseAsync(scenario);
        // Newer, ordinary work for the team manager: the immediate response must still come first.
        await AuditScenario.CreateAsync(app, allocateTo: _ => scenario.TeamManager);
        var expectedDue = await app.InScopeAsync(sp => sp.GetRequiredService<WorkingDays>()
            .AddAsync(UkTime.Today(sp.GetRequiredService<TimeProvider>()).AddDays(1), 0));

        var teamManagers = await InboxAsync(scenario.TeamManager);

        var first = teamManagers[0];
        Assert.Equal((InboxTask.AcknowledgeImmediateResponse, InboxPriority.ImmediateResponse, expectedDue), (first.Task, first.Priority, first.DueDate));
        Assert.Equal($"/audits/{scenario.AuditId}/immediate-responses/{irId}", first.Href);
        Assert.Equal(2, teamManagers.Count);
        Assert.Equal(InboxTask.AcknowledgeImmediateResponse, (await InboxAsync(scenario.ServiceManager))[0].Task);
        Assert.DoesNotContain(await InboxAsync(scenario.QaLead), i => i.Task == InboxTask.AcknowledgeImmediateResponse);

        await app.InScopeAsync(sp => sp.GetRequiredService<ImmediateResponseService>().AcknowledgeAsync(new AcknowledgeCommand(irId, "Visited"), scenario.TeamManager.Id));

        Assert.DoesNotContain(await InboxAsync(scenario.TeamManager), i => i.Task == InboxTask.AcknowledgeImmediateResponse);
        Assert.Contains(await InboxAsync(scenario.ServiceManager), i => i.Task == InboxTask.AcknowledgeImmediateResponse);
    }

    internal static async Task<int> RaiseImmediateResponseAsync(AuditScenario scenario)
    {
        var raised = await scenario.App.InScopeAsync(sp => sp.GetRequiredService<ImmediateResponseService>()
            .RaiseAsync(new RaiseImmediateResponseCommand(scenario.AuditId, "Bruising seen, no safety plan", "Strategy discussion today"), scenario.Auditor.Id));
        Assert.True(raised.Succeeded);
        return raised.Value!.Id;
    }

    private Task<IReadOnlyList<InboxItem>> InboxAsync(TestStaff staff) =>
        app.InScopeAsync(sp => sp.GetRequiredService<InboxService>().ForAsync(staff.Id));
}
