using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Moderation;

public sealed class TakeForModerationTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TwoModeratorsTakingAtOnce_OneWins_TheOtherIsToldWho_AndNothingIsLost()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        var second = await TestData.AStaffMember().Named("Pip Moderator").WithRoles(Roles.PracticeImprovementManager).CreateAsync(app);
        var version = await scenario.VersionAsync();
        using var start = new ManualResetEventSlim(false);

        Task<CommandResult> Take(TestStaff moderator) => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var commands = scope.ServiceProvider.GetRequiredService<AuditCommands>();
            start.Wait();
            return await commands.SendAsync(new TakeForModerationCommand(scenario.AuditId, version), moderator.Id);
        });

        var first = Take(scenario.Moderator);
        var other = Take(second);
        start.Set();
        var results = await Task.WhenAll(first, other);

        var winner = results[0].Succeeded ? scenario.Moderator : second;
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Single(results, r => r.Succeeded);
        Assert.True(loser.IsConcurrencyConflict);
        Assert.Equal($"This audit was changed by someone else: {winner.FullName} has taken this audit for moderation", loser.Errors.Single().Value);
        var audit = await scenario.AuditAsync();
        Assert.Equal(winner.Id, audit.ModerationTakenById);
        Assert.Equal(1, await app.DbAsync(db => db.AuditHistory.CountAsync(h => h.CaseAuditId == scenario.AuditId && h.Trigger == nameof(AuditTrigger.TakeForModeration))));
        var deadline = await app.DbAsync(db => db.Deadlines.SingleAsync(d => d.CaseAuditId == scenario.AuditId && d.Kind == DeadlineKind.ModerationDue && d.CompletedAt == null));
        Assert.Equal(winner.Id, deadline.OwnerId);
    }

    [Fact]
    public async Task Release_PutsTheAuditBackInTheQueue_ForAnyModerator()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        var second = await TestData.AStaffMember().Named("Pip Moderator").WithRoles(Roles.PracticeImprovementManager).CreateAsync(app);
        await scenario.Expect(scenario.SendAsync(v => new TakeForModerationCommand(scenario.AuditId, v), scenario.Moderator));
        var refused = await scenario.SendAsync(v => new ModerateCommand(scenario.AuditId, v, ModerationOutcome.Agree, null, "Mine now"), second);

        await scenario.Expect(scenario.SendAsync(v => new ReleaseModerationCommand(scenario.AuditId, v), scenario.Moderator));
        await scenario.ModerateAsync(ModerationOutcome.Agree, by: second);

        Assert.Equal("Morgan Moderator has taken this audit for moderation", refused.Errors.Single().Value);
        Assert.Equal(second.Id, (await scenario.AuditAsync()).ModeratorId);
    }

    [Fact]
    public async Task AModeratorWhoManagesThePractitioner_CannotTakeOrModerateTheAudit()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        await Deadlines.DeadlineSteps.AddRoleAsync(app, scenario.TeamManager, Roles.PracticeImprovementManager);

        var take = await scenario.SendAsync(v => new TakeForModerationCommand(scenario.AuditId, v), scenario.TeamManager);
        var queue = await app.InScopeAsync(sp => sp.GetRequiredService<ModerationQueue>().ForAsync(scenario.TeamManager.Id, new ModerationQueueFilter()));

        Assert.Equal("You cannot moderate an audit of a case where you manage the practitioner", take.Errors.Single().Value);
        Assert.DoesNotContain(queue, r => r.AuditId == scenario.AuditId);
    }
}
