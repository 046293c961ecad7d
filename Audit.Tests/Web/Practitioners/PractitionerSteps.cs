using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Workflows.Moderation;

namespace Audit.Tests.Web.Practitioners;

/// <summary>Steps the practitioner's space tests share: an audit answered in full and walked through moderation.</summary>
internal static class PractitionerSteps
{
    public const string Rationale = "Consistent with the sections";
    public const string ModeratorsReasons = "Checked against the evidence";
    public const string FamilyFeedback = "Felt listened to";

    /// <summary>Started, every section answered with <paramref name="grade"/> and its evidence, and submitted.</summary>
    public static async Task AnsweredAndSubmittedAsync(this AuditScenario scenario, Grade grade)
    {
        await scenario.StartAsync();
        await scenario.AnswerEverySectionAsync(grade);
        await scenario.SubmitFormAsync();
    }

    /// <summary>The moderator agrees every section and the overall grade.</summary>
    public static async Task ModeratedAgreeingAsync(this AuditScenario scenario)
    {
        var sections = await scenario.AgreeingAsync();
        await scenario.Expect(scenario.SendAsync(v => new ModerateCommand(scenario.AuditId, v, ModerationOutcome.Agree, null, ModeratorsReasons, sections), scenario.Moderator));
    }

    /// <summary>Inadequate, moderated, co-signed: awaiting the reflective conversation, the grade settled.</summary>
    public static async Task InadequateSettledAsync(this AuditScenario scenario)
    {
        await scenario.AnsweredAndSubmittedAsync(Grade.Inadequate);
        await scenario.ModeratedAgreeingAsync();
        await scenario.CoSignAsync();
    }
}
