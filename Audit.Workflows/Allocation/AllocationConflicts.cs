using Audit.Data.Models;

namespace Audit.Workflows.Allocation;

/// <summary>What allocation needs to know of a member of staff who might audit a case.</summary>
public sealed record AuditorFacts(string Id, string FullName, int? TeamId, bool IsActive, bool IsAuditor, bool IsPracticeImprovementManager);

/// <summary>What allocation needs to know of a case: whose it is and who manages them.</summary>
public sealed record CaseFacts(string? PractitionerId, int TeamId, string? TeamManagerId)
{
    public static CaseFacts Of(CaseFile caseFile) => new(caseFile.PractitionerId, caseFile.TeamId, caseFile.Team?.TeamManagerId);
}

/// <summary>
/// Who may audit a case, as a rule over facts: an auditor never audits their own case, a case in their own team, or
/// a case where they manage the practitioner; a practice observation is carried out by a practice improvement
/// manager. Allocation by hand and the automatic proposal both ask it, so they never disagree.
/// </summary>
public static class AllocationConflicts
{
    /// <summary>Why this person cannot audit this case with this tool, or null when they can.</summary>
    public static string? Conflict(AuditorFacts? auditor, CaseFacts caseFile, ToolKind tool)
    {
        if (auditor is null || !auditor.IsActive || !auditor.IsAuditor)
        {
            return "Select an auditor from the list";
        }

        if (tool == ToolKind.PracticeObservation && !auditor.IsPracticeImprovementManager)
        {
            return $"{auditor.FullName} is not a practice improvement manager, so cannot carry out a practice observation";
        }

        if (caseFile.PractitionerId == auditor.Id)
        {
            return $"{auditor.FullName} is the practitioner on this case, so cannot audit it";
        }

        if (caseFile.TeamManagerId == auditor.Id)
        {
            return $"{auditor.FullName} manages the practitioner's team, so cannot audit this case";
        }

        if (auditor.TeamId is { } teamId && teamId == caseFile.TeamId)
        {
            return $"{auditor.FullName} works in the same team as the practitioner, so cannot audit this case";
        }

        return null;
    }
}
