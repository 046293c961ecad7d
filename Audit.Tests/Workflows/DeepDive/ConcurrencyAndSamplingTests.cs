using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.DeepDive;

public sealed class ConcurrencyAndSamplingTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TwoModeratorsAtOnce_OneWins_TheOtherIsToldOfTheConflict_AndHistoryHasOneRow()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        var secondModerator = await TestData.AStaffMember().WithRoles(Roles.PracticeImprovementManager).CreateAsync(app);
        var version = await scenario.VersionAsync();
        using var start = new ManualResetEventSlim(false);

        Task<Audit.Workflows.Common.CommandResult> Moderate(string moderatorId, ModerationOutcome outcome) => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var commands = scope.ServiceProvider.GetRequiredService<AuditCommands>();
            start.Wait();
            return await commands.SendAsync(new ModerateCommand(scenario.AuditId, version, outcome, null, "My view"), moderatorId);
        });

        var first = Moderate(scenario.Moderator.Id, ModerationOutcome.Agree);
        var second = Moderate(secondModerator.Id, ModerationOutcome.ReturnToAuditor);
        start.Set();
        var results = await Task.WhenAll(first, second);

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.True(loser.IsConcurrencyConflict);
        // The loser is told what happened: the audit has moved on from moderation.
        Assert.StartsWith("This audit was changed by someone else", loser.Errors.Single().Value, StringComparison.Ordinal);
        var moderationRows = await app.DbAsync(db => db.AuditHistory.CountAsync(h => h.CaseAuditId == scenario.AuditId && h.FromState == AuditState.AwaitingModeration));
        Assert.Equal(1, moderationRows);
    }

    [Fact]
    public void Sampling_WithTheSameSeed_GivesTheSameDecision()
    {
        var policy = new ModerationPolicy(new WorkflowSettings { RequiresImprovementSamplePercent = 10 });

        for (var seed = 0; seed < 200; seed++)
        {
            Assert.Equal(policy.Decide(Grade.RequiresImprovement, false, seed), policy.Decide(Grade.RequiresImprovement, false, seed));
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    public void Sampling_Over1000RequiresImprovementAudits_ChoosesAboutThePercentage(int percent)
    {
        var policy = new ModerationPolicy(new WorkflowSettings { RequiresImprovementSamplePercent = percent });

        // Seeds as the service draws them: random, but fixed here so the test is repeatable.
        var random = new Random(20261123);
        var chosen = Enumerable.Range(0, 1000).Count(_ => policy.Decide(Grade.RequiresImprovement, false, random.Next()).ModerationRequired);
        var consecutive = Enumerable.Range(0, 1000).Count(seed => policy.Decide(Grade.RequiresImprovement, false, seed).ModerationRequired);

        // Binomial(1000, p): within about four standard deviations.
        var tolerance = 4 * Math.Sqrt(1000 * percent / 100.0 * (1 - percent / 100.0));
        Assert.InRange(chosen, percent * 10 - tolerance, percent * 10 + tolerance);
        Assert.InRange(consecutive, percent * 10 - tolerance, percent * 10 + tolerance);
    }

    [Theory]
    [InlineData(Grade.Inadequate, false, "Inadequate audits are always moderated")]
    [InlineData(Grade.Good, false, "Good and outstanding audits are always moderated, with an assistant director's co-sign")]
    [InlineData(Grade.Outstanding, false, "Good and outstanding audits are always moderated, with an assistant director's co-sign")]
    [InlineData(Grade.RequiresImprovement, true, "Audits that raised an immediate response are always moderated")]
    public void Policy_AlwaysModerates(Grade grade, bool immediateResponse, string reason)
    {
        var policy = new ModerationPolicy(new WorkflowSettings { RequiresImprovementSamplePercent = 0 });

        var decision = policy.Decide(grade, immediateResponse, sampleSeed: 1);

        Assert.True(decision.ModerationRequired);
        Assert.Equal(reason, decision.Reason);
    }

    [Fact]
    public async Task SubmittingRequiresImprovement_RecordsTheSeed_SoTheDecisionCanBeChecked()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();

        await scenario.SubmitAsync(Grade.RequiresImprovement);

        var audit = await scenario.AuditAsync();
        var settings = await app.DbAsync(db => db.WorkflowSettings.SingleAsync());
        Assert.NotNull(audit.ModerationSampleSeed);
        Assert.Equal(ModerationPolicy.IsInSample(audit.ModerationSampleSeed.Value, settings.RequiresImprovementSamplePercent), audit.ModerationRequired);
        Assert.Equal(audit.ModerationRequired == true ? AuditState.AwaitingModeration : AuditState.Closed, audit.State);
    }
}
