using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Moderation;

/// <summary>An audit moderation returned is moderated again when it comes back, whatever grade it comes back with.</summary>
public sealed class ResubmissionTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    public static TheoryData<Grade, bool> EveryGradeAndSampleDraw()
    {
        var data = new TheoryData<Grade, bool>();
        foreach (var grade in GradeScale.Ofsted.Grades()) // the deep-dive tool's scale
        {
            data.Add(grade, true);
            data.Add(grade, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryGradeAndSampleDraw))]
    public void Policy_ResubmissionAfterAReturn_IsAlwaysModerated(Grade grade, bool drawnInSample)
    {
        var policy = new ModerationPolicy(new WorkflowSettings { RequiresImprovementSamplePercent = 10 });
        var seed = Enumerable.Range(0, 1000).First(s => ModerationPolicy.IsInSample(s, 10) == drawnInSample);

        var decision = policy.Decide(grade, immediateResponseRaised: false, seed, returnedByModeration: true);

        Assert.True(decision.ModerationRequired);
        Assert.Equal("Audits returned by moderation are always moderated again", decision.Reason);
    }

    [Theory]
    [MemberData(nameof(EveryGradeAndSampleDraw))]
    public async Task Resubmitted_AfterAReturn_IsModeratedAgain_ByTheSameModerator(Grade resubmittedAs, bool drawnInSample)
    {
        // 100% or 0% of "requires improvement" audits drawn: the return, not the sample, must decide.
        await app.DbAsync(async db =>
        {
            var settings = await db.WorkflowSettings.SingleAsync();
            settings.RequiresImprovementSamplePercent = drawnInSample ? 100 : 0;
            return await db.SaveChangesAsync();
        });
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.ReturnedToAuditor);

        await scenario.SubmitAsync(resubmittedAs);

        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.AwaitingModeration, audit.State);
        Assert.Equal("Audits returned by moderation are always moderated again", audit.ModerationReason);
        Assert.Equal(scenario.Moderator.Id, audit.ModerationTakenById);
        var deadline = await app.DbAsync(db => db.Deadlines.Where(d => d.CaseAuditId == audit.Id && d.Kind == DeadlineKind.ModerationDue && d.CompletedAt == null).SingleAsync());
        Assert.Equal((scenario.Moderator.Id, null), (deadline.OwnerId, deadline.OwnerRole));
        Assert.Contains(await app.DbAsync(db => db.OutboxMessages.Where(m => m.Kind == "moderation-back").Select(m => m.ToAddress).ToListAsync()),
            to => to == scenario.Moderator.Email);
    }

    [Fact]
    public async Task Resubmitted_WhenTheModeratorWhoReturnedItHasLeft_GoesToTheQueue()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.ReturnedToAuditor);
        await app.DbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == scenario.Moderator.Id)).IsActive = false;
            return await db.SaveChangesAsync();
        });

        await scenario.SubmitAsync(Grade.RequiresImprovement);

        var audit = await scenario.AuditAsync();
        Assert.Equal((AuditState.AwaitingModeration, null), (audit.State, audit.ModerationTakenById));
    }

    [Theory]
    [InlineData(Grade.Outstanding)]
    [InlineData(Grade.Good)]
    [InlineData(Grade.RequiresImprovement)]
    [InlineData(Grade.Inadequate)]
    public async Task Submitting_RecordsTheSampleSeed_WhateverTheGrade_AndAResubmissionKeepsIt(Grade grade)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        await scenario.SubmitAsync(Grade.Inadequate);
        var seed = (await scenario.AuditAsync()).ModerationSampleSeed;
        await scenario.ModerateAsync(ModerationOutcome.ReturnToAuditor);

        await scenario.SubmitAsync(grade);

        Assert.NotNull(seed);
        Assert.Equal(seed, (await scenario.AuditAsync()).ModerationSampleSeed);
    }

    [Fact]
    public async Task Return_GivesTheAuditorTheConfiguredWorkingDaysToResubmit()
    {
        await app.DbAsync(async db =>
        {
            (await db.WorkflowSettings.SingleAsync()).ReturnedAuditWorkingDays = 8;
            return await db.SaveChangesAsync();
        });
        var scenario = await AuditScenario.CreateAsync(app);

        await scenario.ToStateAsync(AuditState.ReturnedToAuditor);

        var expected = await app.InScopeAsync(sp => sp.GetRequiredService<WorkingDays>().AddAsync(DateOnly.FromDateTime(Audit.Workflows.Common.UkTime.ToUk(DateTimeOffset.UtcNow).DateTime), 8));
        var deadline = await app.DbAsync(db => db.Deadlines.Where(d => d.CaseAuditId == scenario.AuditId && d.Kind == DeadlineKind.AuditDue && d.CompletedAt == null).SingleAsync());
        Assert.Equal(WorkingDays.EndOfUkDay(expected), deadline.DueAt);
    }
}
