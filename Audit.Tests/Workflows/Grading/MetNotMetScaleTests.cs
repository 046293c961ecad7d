using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Grading;
using Audit.Workflows.Moderation;
using Audit.Workflows.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Grading;

/// <summary>A supervision audit is judged met / not met against the standard: grading, refusals, workflow and report.</summary>
public sealed class MetNotMetScaleTests : IAsyncLifetime
{
    private const int SupervisionVersionId = 3;
    private readonly AuditAppFactory app = new();
    private AuditScenario scenario = default!;

    public async ValueTask InitializeAsync()
    {
        scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>Gives the scenario's audit the shipped supervision tool (version 1, met / not met).</summary>
    private Task UseSupervisionToolAsync() => app.DbAsync(db =>
        db.CaseAudits.Where(a => a.Id == scenario.AuditId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.ToolVersionId, SupervisionVersionId).SetProperty(a => a.ToolKind, ToolKind.Supervision)));

    private Task<T> Form<T>(Func<AuditFormService, Task<T>> action) => app.InScopeAsync(sp => action(sp.GetRequiredService<AuditFormService>()));

    private Task<AuditForm> LoadAsync() => Form(async f => (await f.LoadAsync(scenario.AuditId, scenario.Auditor.Id))!);

    private async Task<Audit.Workflows.Common.CommandResult> SaveFirstSectionAsync(Grade grade)
    {
        var section = (await LoadAsync()).Sections.First(s => s.IsGraded);
        return await Form(async f => await f.SaveSectionAsync(new SaveSectionCommand(scenario.AuditId, section.Id, await scenario.VersionAsync(), grade, false, "Seen monthly", SaveMode.Complete), scenario.Auditor.Id));
    }

    [Fact]
    public async Task ShippedSupervisionTool_IsJudgedMetOrNotMet_OthersOnTheOfstedGrades()
    {
        var scales = await app.DbAsync(db => db.AuditToolVersions.Include(v => v.Tool).ToDictionaryAsync(v => v.Tool!.Kind, v => v.Scale));

        Assert.Equal(GradeScale.MetNotMet, scales[ToolKind.Supervision]);
        Assert.All(scales.Where(s => s.Key != ToolKind.Supervision), s => Assert.Equal(GradeScale.Ofsted, s.Value));
    }

    [Fact]
    public async Task Grading_AMetNotMetTool_SubmitsWithMet()
    {
        await UseSupervisionToolAsync();

        await scenario.AnswerEverySectionAsync(Grade.Met);
        await scenario.SubmitFormAsync();

        var form = await LoadAsync();
        Assert.Equal(GradeScale.MetNotMet, form.Scale);
        Assert.All(form.Responses.Values.Where(r => r.Grade is not null), r => Assert.Equal(Grade.Met, r.Grade));
        var audit = await scenario.AuditAsync();
        Assert.Equal(Grade.Met, audit.FinalGrade);
        Assert.NotEqual(AuditState.InProgress, audit.State);
    }

    [Fact]
    public async Task AnOfstedGrade_OnAMetNotMetTool_IsRefused()
    {
        await UseSupervisionToolAsync();

        var result = await SaveFirstSectionAsync(Grade.Good);

        Assert.Equal(("Grade", "Select met the standard or did not meet the standard for Frequency and timeliness: a supervision audit is judged against a standard, not graded outstanding to inadequate"),
            (result.Errors[0].Key, result.Errors[0].Value));
        Assert.Empty((await LoadAsync()).Responses);
    }

    [Fact]
    public async Task MetOrNotMet_OnAnOfstedTool_IsRefused()
    {
        var result = await SaveFirstSectionAsync(Grade.Met);

        Assert.Equal(("Grade", "Select a grade from outstanding to inadequate for The voice and lived experience of the child: a deep-dive audit is not judged met or not met"),
            (result.Errors[0].Key, result.Errors[0].Value));
    }

    [Fact]
    public async Task NotMet_NeedsAnAction_IsAlwaysModerated_ThenGoesToActions_WithoutCoSignOrConversation()
    {
        await UseSupervisionToolAsync();
        await scenario.AnswerEverySectionAsync(Grade.NotMet);

        var refused = await Form(async f => await f.SubmitAsync(scenario.AuditId, await scenario.VersionAsync(), scenario.Auditor.Id));
        Assert.Equal(ScalePolicy.NotMetNeedsActions, refused.Errors.Single().Value);

        await scenario.AddActionAsync(scenario.Practitioner.Id, "Agree a reflective supervision plan");
        await scenario.SubmitFormAsync();
        var submitted = await scenario.AuditAsync();
        Assert.Equal(AuditState.AwaitingModeration, submitted.State);
        Assert.Equal("Audits that did not meet the standard are always moderated", submitted.ModerationReason);

        await scenario.Expect(scenario.SendAsync(v => new ModerateCommand(scenario.AuditId, v, ModerationOutcome.Agree, null, "Supervision was irregular",
            scenario.AgreeingAsync().Result), scenario.Moderator));

        var moderated = await scenario.AuditAsync();
        Assert.Equal(AuditState.ActionsOutstanding, moderated.State);
        Assert.Equal(Grade.NotMet, moderated.FinalGrade);
    }

    [Fact]
    public async Task Moderation_OffersNoOfstedGrade_AndRefusesOne_OnAMetNotMetTool()
    {
        await UseSupervisionToolAsync();
        await scenario.AnswerEverySectionAsync(Grade.NotMet);
        await scenario.AddActionAsync(scenario.Practitioner.Id, "Agree a reflective supervision plan");
        await scenario.SubmitFormAsync();

        var result = await scenario.SendAsync(v => new ModerateCommand(scenario.AuditId, v, ModerationOutcome.ChangeGrade, Grade.Good, "Better than it looks",
            scenario.AgreeingAsync().Result), scenario.Moderator);

        Assert.Contains(result.Errors, e => e.Value == "Select met the standard or did not meet the standard: a supervision audit is judged against a standard, not graded outstanding to inadequate");
        Assert.Equal(AuditState.AwaitingModeration, (await scenario.AuditAsync()).State);
    }

    [Fact]
    public void CommitteeSentence_ForAMetNotMetTool_GivesTheShareThatMetTheStandard()
    {
        // 17 of 20 met: 85%. 2 of 3 met: 66.67%, rounded to 67%.
        var sentence = CommitteeWording.Completed(ToolKind.Supervision, ReportPeriod.Month(2026, 3),
            new Dictionary<Grade, int> { [Grade.Met] = 17, [Grade.NotMet] = 3 }, GradeScale.MetNotMet);
        var rounded = CommitteeWording.Completed(ToolKind.Supervision, ReportPeriod.Month(2026, 3),
            new Dictionary<Grade, int> { [Grade.Met] = 2, [Grade.NotMet] = 1 }, GradeScale.MetNotMet);

        Assert.Equal("20 supervision audits were completed in March 2026: 85% (17) met the standard.", sentence);
        Assert.Equal("3 supervision audits were completed in March 2026: 67% (2) met the standard.", rounded);
    }
}
