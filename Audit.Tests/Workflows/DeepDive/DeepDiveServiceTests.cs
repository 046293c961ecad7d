using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Actions;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.DeepDive;

public sealed class DeepDiveServiceTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData(AuditState.InProgress)]
    [InlineData(AuditState.AwaitingModeration)]
    [InlineData(AuditState.ReturnedToAuditor)]
    [InlineData(AuditState.AwaitingCoSign)]
    [InlineData(AuditState.AwaitingReflectiveConversation)]
    [InlineData(AuditState.ActionsOutstanding)]
    [InlineData(AuditState.Closed)]
    [InlineData(AuditState.Cancelled)]
    public async Task Scenario_ReachesEveryState_WithAHistoryRowPerStep(AuditState target)
    {
        var scenario = await AuditScenario.CreateAsync(app);

        await scenario.ToStateAsync(target);

        var audit = await scenario.AuditAsync();
        Assert.Equal(target, audit.State);
        var history = await app.DbAsync(db => db.AuditHistory.Where(h => h.CaseAuditId == audit.Id).OrderBy(h => h.Id).ToListAsync());
        Assert.Equal(target, history[^1].ToState);
        Assert.Equal("Allocate", history[0].Trigger);
    }

    [Theory]
    [InlineData(CaseType.FosteringHousehold, "Fostering household audit")]
    [InlineData(CaseType.ChildInNeed, "Deep dive case audit")]
    public async Task Allocate_ChoosesTheToolForTheKindOfCase(CaseType caseType, string tool)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync($"LCS-{Guid.NewGuid():N}"[..12], caseType: caseType);

        var allocated = await scenario.AllocateAsync(caseId, scenario.Auditor.Id);

        var toolName = await app.DbAsync(db => db.CaseAudits.Where(a => a.Id == allocated.Value!.Id).Select(a => a.ToolVersion!.Tool!.Name).SingleAsync());
        Assert.Equal(tool, toolName);
    }

    [Fact]
    public async Task Submit_WhenOverallGradeInadequate_GoesToModeration_DueInFiveWorkingDays()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();

        await scenario.SubmitAsync(Grade.Inadequate);

        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.AwaitingModeration, audit.State);
        Assert.Equal("Inadequate audits are always moderated", audit.ModerationReason);
        var deadline = await app.DbAsync(db => db.Deadlines.SingleAsync(d => d.CaseAuditId == audit.Id && d.Kind == DeadlineKind.ModerationDue));
        Assert.Null(deadline.CompletedAt);
        Assert.Equal(Roles.PracticeImprovementManager, deadline.OwnerRole);
    }

    [Fact]
    public async Task Moderation_ChangingGoodToInadequate_WaitsForTheAssistantDirector_AndRecordsBothGrades()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        await scenario.SubmitAsync(Grade.Good);

        await scenario.ModerateAsync(ModerationOutcome.ChangeGrade, Grade.Inadequate);

        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.AwaitingCoSign, audit.State);
        Assert.Equal(Grade.Good, audit.AuditorGrade);
        Assert.Equal(Grade.Inadequate, audit.FinalGrade);
        var last = await app.DbAsync(db => db.AuditHistory.Where(h => h.CaseAuditId == audit.Id).OrderBy(h => h.Id).LastAsync());
        Assert.Equal((Grade.Good, Grade.Inadequate), (last.GradeBefore!.Value, last.GradeAfter!.Value));
    }

    [Fact]
    public async Task ConfirmingTheLastAction_ClosesTheAudit()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.ActionsOutstanding);
        var action = (await scenario.AuditAsync()).Actions.Single();

        await scenario.Expect(scenario.SendAsync(v => new CompleteActionCommand(scenario.AuditId, action.Id, v, "Plan updated"), scenario.TeamManager));
        Assert.Equal(AuditState.ActionsOutstanding, (await scenario.AuditAsync()).State);
        await scenario.Expect(scenario.SendAsync(v => new ConfirmActionCommand(scenario.AuditId, action.Id, v), scenario.Auditor));

        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.Closed, audit.State);
        Assert.NotNull(audit.ClosedAt);
    }

    [Fact]
    public async Task Command_WithAStaleVersion_IsAConflict_AndChangesNothing()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var stale = await scenario.VersionAsync();
        await scenario.StartAsync();

        var result = await app.InScopeAsync(sp => sp.GetRequiredService<AuditCommands>().SendAsync(new CancelCommand(scenario.AuditId, stale, "Duplicate"), scenario.QaLead.Id));

        Assert.True(result.IsConcurrencyConflict);
        Assert.Equal(AuditState.InProgress, (await scenario.AuditAsync()).State);
    }
}
