using Audit.Data.Models;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// Which submitted audits are moderated, how quickly, and which moderated grades the assistant director sees.
/// Inadequate is always moderated, swiftly: the QA framework calls for it. Good and outstanding are always moderated,
/// to guard against "overly positive" auditing, as is any grade the assistant director must co-sign. An audit that
/// moderation returned is moderated again when it comes back, whatever its grade: otherwise a grade changed to
/// "requires improvement" on resubmission could slip past the check that questioned it. A random, reproducible
/// sample of "requires improvement" audits keeps auditors consistent. Any audit that raised an immediate response
/// is moderated. A tool judged against a standard (the supervision audit) has its own two rules: "not met" is always
/// moderated, within the requires improvement window, because it leads to corrective actions; "met" is sampled at the
/// requires improvement share. Neither waits for the assistant director (the co-sign settings name Ofsted grades).
/// </summary>
public sealed class ModerationPolicy(WorkflowSettings settings)
{
    public SubmitDecision Decide(Grade grade, bool immediateResponseRaised, int sampleSeed, bool returnedByModeration = false)
    {
        if (returnedByModeration)
        {
            return new SubmitDecision(true, "Audits returned by moderation are always moderated again");
        }

        if (grade == Grade.Inadequate)
        {
            return new SubmitDecision(true, "Inadequate audits are always moderated");
        }

        if (grade == Grade.NotMet)
        {
            return new SubmitDecision(true, "Audits that did not meet the standard are always moderated");
        }

        if (grade is Grade.Good or Grade.Outstanding)
        {
            return new SubmitDecision(true, NeedsAssistantDirector(grade)
                ? "Good and outstanding audits are always moderated, with an assistant director's co-sign"
                : "Good and outstanding audits are always moderated");
        }

        if (immediateResponseRaised)
        {
            return new SubmitDecision(true, "Audits that raised an immediate response are always moderated");
        }

        if (NeedsAssistantDirector(grade))
        {
            return new SubmitDecision(true, "Requires improvement audits are always moderated, with an assistant director's co-sign");
        }

        var sampled = grade == Grade.Met ? "audits that met the standard" : "requires improvement audits";
        return IsInSample(sampleSeed, settings.RequiresImprovementSamplePercent)
            ? new SubmitDecision(true, $"Drawn in the {settings.RequiresImprovementSamplePercent}% sample of {sampled}")
            : new SubmitDecision(false, $"Not drawn in the {settings.RequiresImprovementSamplePercent}% sample of {sampled}");
    }

    /// <summary>Whether a moderated audit with this grade waits for the assistant director's co-sign (the settings page decides).</summary>
    public bool NeedsAssistantDirector(Grade grade) => grade switch
    {
        Grade.Outstanding => settings.AssistantDirectorForOutstanding,
        Grade.Good => settings.AssistantDirectorForGood,
        Grade.RequiresImprovement => settings.AssistantDirectorForRequiresImprovement,
        Grade.Inadequate => settings.AssistantDirectorForInadequate,
        _ => false,
    };

    /// <summary>Working days allowed for moderation of this grade, and for the assistant director's co-sign after it.</summary>
    public int ModerationWorkingDays(Grade grade) => grade switch
    {
        Grade.Inadequate => settings.InadequateModerationWorkingDays,
        Grade.Good or Grade.Outstanding => settings.GoodOrOutstandingModerationWorkingDays,
        _ => settings.RequiresImprovementModerationWorkingDays,
    };

    /// <summary>Working days the auditor has to resubmit an audit moderation returned.</summary>
    public int ReturnedAuditWorkingDays => settings.ReturnedAuditWorkingDays;

    /// <summary>
    /// The sample draw: the same seed always gives the same answer, so a decision can be checked later from the seed
    /// recorded on the audit. SplitMix64 spreads consecutive seeds evenly (System.Random's first values do not).
    /// </summary>
    public static bool IsInSample(int seed, int percent)
    {
        var z = unchecked((ulong)(uint)seed + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z % 100) < percent;
    }
}
