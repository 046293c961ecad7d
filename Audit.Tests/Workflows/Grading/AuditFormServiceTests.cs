using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Grading;

public sealed class AuditFormServiceTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();
    private AuditScenario scenario = default!;

    public async ValueTask InitializeAsync()
    {
        scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private Task<T> Form<T>(Func<AuditFormService, Task<T>> action) => app.InScopeAsync(sp => action(sp.GetRequiredService<AuditFormService>()));

    private Task<AuditForm> LoadAsync() => Form(async f => (await f.LoadAsync(scenario.AuditId, scenario.Auditor.Id))!);

    [Fact]
    public async Task NewAudit_UsesTheDeepDiveTool_WithEveryTaskNotStarted()
    {
        var form = await LoadAsync();

        Assert.Equal("Deep dive case audit", form.ToolName);
        Assert.Equal(10, form.Sections.Count);
        Assert.Equal("The voice and lived experience of the child", form.Sections[1].Title);
        Assert.All(form.Tasks().Where(t => t.Key != "actions"), t => Assert.Equal(Audit.Workflows.Grading.TaskStatus.NotStarted, t.Status));
    }

    [Fact]
    public async Task SaveSection_AndContinue_WithoutAGrade_AsksForOne_AndSavesNothing()
    {
        var section = (await LoadAsync()).Sections[1];

        var result = await Form(async f => await f.SaveSectionAsync(new SaveSectionCommand(scenario.AuditId, section.Id, await scenario.VersionAsync(), null, false, "Seen alone twice", SaveMode.Complete), scenario.Auditor.Id));

        Assert.Equal(("Grade", "Select a grade for The voice and lived experience of the child"), (result.Errors[0].Key, result.Errors[0].Value));
        Assert.Null((await LoadAsync()).ResponseFor(section));
    }

    [Fact]
    public async Task SaveSection_AsADraft_KeepsWhatWasTyped_AndMarksItInProgress()
    {
        var section = (await LoadAsync()).Sections[1];

        var result = await Form(async f => await f.SaveSectionAsync(new SaveSectionCommand(scenario.AuditId, section.Id, await scenario.VersionAsync(), null, false, "Half a thought", SaveMode.Draft), scenario.Auditor.Id));

        Assert.True(result.Succeeded);
        var form = await LoadAsync();
        Assert.Equal("Half a thought", form.ResponseFor(section)!.Evidence);
        Assert.Equal(Audit.Workflows.Grading.TaskStatus.InProgress, form.Tasks().Single(t => t.Key == $"section-{section.Id}").Status);
    }

    [Fact]
    public async Task Submit_WithMissingParts_IsRefusedWithAListOfWhatIsMissing()
    {
        var result = await Form(async f => await f.SubmitAsync(scenario.AuditId, await scenario.VersionAsync(), scenario.Auditor.Id));

        var messages = result.Errors.Select(e => e.Value).ToList();
        Assert.Contains("Enter your notes for Case summary", messages);
        Assert.Contains("Select a grade for Drift and delay", messages);
        Assert.Contains("Select whether feedback was sought from the child and family", messages);
        Assert.Contains("Select whether you discussed the audit with the practitioner", messages);
        Assert.Contains("Enter the strengths of the practice", messages);
        Assert.Contains("Select an overall grade", messages);
        Assert.Equal(AuditState.InProgress, (await scenario.AuditAsync()).State);
    }

    [Fact]
    public async Task OverallGrade_TwoGradesBetterThanTheWorstSection_NeedsAReason()
    {
        var section = (await LoadAsync()).Sections[4];
        await SaveWithVersion((f, v) => f.SaveSectionAsync(new SaveSectionCommand(scenario.AuditId, section.Id, v, Grade.Inadequate, false, "No safety plan", SaveMode.Complete), scenario.Auditor.Id));

        var result = await Form(async f => await f.SaveOverallAsync(new SaveOverallCommand(scenario.AuditId, await scenario.VersionAsync(), Grade.Good, "Mostly good", null, SaveMode.Complete), scenario.Auditor.Id));

        var error = Assert.Single(result.Errors);
        Assert.Equal("DifferenceReason", error.Key);
        Assert.StartsWith("Your overall grade is two or more grades better than your lowest section grade (Inadequate)", error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompletedAudit_Submits_AndTheWorkflowDecidesModeration()
    {
        await CompleteEverythingAsync(Grade.Inadequate);

        var result = await Form(async f => await f.SubmitAsync(scenario.AuditId, await scenario.VersionAsync(), scenario.Auditor.Id));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Value)));
        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.AwaitingModeration, audit.State);
        Assert.Equal(Grade.Inadequate, audit.AuditorGrade);
    }

    [Fact]
    public async Task SubmittedAudit_CannotBeChanged()
    {
        await CompleteEverythingAsync(Grade.Inadequate);
        await SaveWithVersion((f, v) => f.SubmitAsync(scenario.AuditId, v, scenario.Auditor.Id));
        var section = (await LoadAsync()).Sections[1];

        var result = await Form(async f => await f.SaveSectionAsync(new SaveSectionCommand(scenario.AuditId, section.Id, await scenario.VersionAsync(), Grade.Good, false, "Changed my mind", SaveMode.Complete), scenario.Auditor.Id));

        Assert.Equal("This audit has been submitted, so its answers can no longer be changed", result.Errors.Single().Value);
    }

    [Fact]
    public async Task SomeoneOtherThanTheAuditor_CannotChangeTheForm()
    {
        var section = (await LoadAsync()).Sections[1];

        var result = await Form(async f => await f.SaveSectionAsync(new SaveSectionCommand(scenario.AuditId, section.Id, await scenario.VersionAsync(), Grade.Good, false, "Not mine", SaveMode.Complete), scenario.QaLead.Id));

        Assert.Equal("Only the allocated auditor can change this audit", result.Errors.Single().Value);
    }

    [Fact]
    public async Task ThemesAndActions_AreSaved()
    {
        var themeIds = await app.DbAsync(db => db.LearningThemes.OrderBy(t => t.Id).Take(2).Select(t => t.Id).ToListAsync());

        await SaveWithVersion((f, v) => f.SaveStrengthsAsync(new SaveStrengthsCommand(scenario.AuditId, v, "Warm relationships", "Plans drift", themeIds, SaveMode.Complete), scenario.Auditor.Id));
        await SaveWithVersion((f, v) => f.SaveActionAsync(new SaveActionCommand(scenario.AuditId, null, v, "Review the child's plan", ActionFor.Child, scenario.TeamManager.Id, UkTime.Today(TimeProvider.System).AddDays(14)), scenario.Auditor.Id));

        var form = await LoadAsync();
        Assert.Equal(2, form.ChosenThemes.Count);
        var action = Assert.Single(form.Actions);
        Assert.Equal(("Review the child's plan", scenario.TeamManager.Id), (action.Description, action.OwnerId));
    }

    private async Task CompleteEverythingAsync(Grade overall)
    {
        foreach (var section in (await LoadAsync()).Sections)
        {
            await SaveWithVersion((f, v) => f.SaveSectionAsync(new SaveSectionCommand(scenario.AuditId, section.Id, v, section.IsGraded ? overall : null, false, "Evidence from the record", SaveMode.Complete), scenario.Auditor.Id));
        }

        await SaveWithVersion((f, v) => f.SaveFeedbackAsync(new SaveFeedbackCommand(scenario.AuditId, v, true, "Mother and child", true, "They felt listened to", null, SaveMode.Complete), scenario.Auditor.Id));
        await SaveWithVersion((f, v) => f.SaveDiscussionAsync(new SaveDiscussionCommand(scenario.AuditId, v, true, UkTime.Today(TimeProvider.System), "Agreed with the findings", null, SaveMode.Complete), scenario.Auditor.Id));
        await SaveWithVersion((f, v) => f.SaveStrengthsAsync(new SaveStrengthsCommand(scenario.AuditId, v, "Warm relationships", "Plans drift", [], SaveMode.Complete), scenario.Auditor.Id));
        await SaveWithVersion((f, v) => f.SaveOverallAsync(new SaveOverallCommand(scenario.AuditId, v, overall, "Consistent with the sections", null, SaveMode.Complete), scenario.Auditor.Id));
    }

    private async Task SaveWithVersion(Func<AuditFormService, int, Task<CommandResult>> save)
    {
        var version = await scenario.VersionAsync();
        var result = await Form(f => save(f, version));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Value)));
    }
}
