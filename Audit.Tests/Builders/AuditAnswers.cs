using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Grading;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Builders;

/// <summary>
/// The auditor's answers for a scenario's audit, saved through the real form service:
/// <c>await scenario.AnswerEverySectionAsync(Grade.Good); await scenario.SubmitFormAsync();</c>.
/// </summary>
public static class AuditAnswers
{
    public const string Evidence = "Evidence of the grade for this section";

    /// <summary>Answers every section with <paramref name="grade"/>, and every other part, ready to submit.</summary>
    public static async Task AnswerEverySectionAsync(this AuditScenario scenario, Grade grade)
    {
        var sections = await scenario.App.DbAsync(db => db.ToolSections.AsNoTracking()
            .Where(s => s.AuditToolVersionId == db.CaseAudits.Where(a => a.Id == scenario.AuditId).Select(a => a.ToolVersionId).Single())
            .OrderBy(s => s.Position).ToListAsync());
        foreach (var section in sections)
        {
            await FormAsync(scenario, async (f, v) => await f.SaveSectionAsync(new SaveSectionCommand(scenario.AuditId, section.Id, v,
                section.IsGraded ? grade : null, false, Evidence, SaveMode.Complete), scenario.AllocatedTo.Id));
        }

        await FormAsync(scenario, (f, v) => f.SaveFeedbackAsync(new SaveFeedbackCommand(scenario.AuditId, v, true, "The child", true, "Felt listened to", null, SaveMode.Complete), scenario.AllocatedTo.Id));
        await FormAsync(scenario, (f, v) => f.SaveDiscussionAsync(new SaveDiscussionCommand(scenario.AuditId, v, true, new DateOnly(2026, 1, 5),
            "Agreed", null, SaveMode.Complete), scenario.AllocatedTo.Id));
        await FormAsync(scenario, (f, v) => f.SaveStrengthsAsync(new SaveStrengthsCommand(scenario.AuditId, v, "Warm", "Timescales", [], SaveMode.Complete), scenario.AllocatedTo.Id));
        await scenario.SaveOverallGradeAsync(grade);
    }

    public static Task SaveOverallGradeAsync(this AuditScenario scenario, Grade grade) =>
        FormAsync(scenario, (f, v) => f.SaveOverallAsync(new SaveOverallCommand(scenario.AuditId, v, grade, "Consistent with the sections", "Strong elsewhere", SaveMode.Complete), scenario.AllocatedTo.Id));

    /// <summary>Submits (or resubmits) through the form, as the check answers page does.</summary>
    public static Task SubmitFormAsync(this AuditScenario scenario) =>
        FormAsync(scenario, (f, v) => f.SubmitAsync(scenario.AuditId, v, scenario.AllocatedTo.Id));

    /// <summary>The sections moderation decides on, in order.</summary>
    public static Task<IReadOnlyList<ModeratedSection>> ModeratedSectionsAsync(this AuditScenario scenario) =>
        scenario.App.InScopeAsync(sp => sp.GetRequiredService<ModerationRecords>().SectionsAsync(scenario.AuditId));

    /// <summary>Agree with every section, except those decided otherwise.</summary>
    public static async Task<IReadOnlyList<SectionDecision>> AgreeingAsync(this AuditScenario scenario, params SectionDecision[] except) =>
        (await scenario.ModeratedSectionsAsync())
            .Select(s => except.FirstOrDefault(e => e.SectionId == s.SectionId) ?? new SectionDecision(s.SectionId, SectionDecisionKind.Agree, null, null))
            .ToList();

    private static async Task FormAsync(AuditScenario scenario, Func<AuditFormService, int, Task<CommandResult>> save)
    {
        var version = await scenario.VersionAsync();
        await scenario.Expect(scenario.App.InScopeAsync(sp => save(sp.GetRequiredService<AuditFormService>(), version)));
    }
}
