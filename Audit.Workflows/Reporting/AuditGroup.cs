using Audit.Data.Models;

namespace Audit.Workflows.Reporting;

/// <summary>
/// How many of a period's audits share a tool, team, auditor, the auditor's grade, the final grade, whether they were
/// moderated and imported, and what their record says of feedback and discussion: counted in the database
/// (<see cref="ReportQueries.GroupsAsync"/>), so the breakdowns, calibration and KPIs add up a few groups instead of
/// reading every audit of the period. Imported (historic) audits have no deadlines or discussion recorded.
/// </summary>
public sealed record AuditGroup(
    string ToolName,
    string ServiceArea,
    string Team,
    string AuditorName,
    Grade? AuditorGrade,
    Grade FinalGrade,
    bool Moderated,
    bool Imported,
    bool? FeedbackSought,
    bool? FeedbackObtained,
    bool? DiscussionHeld,
    int Count)
{
    /// <summary>Moderation made the grade better than the auditor's (<see cref="StandardPolicy.Movement"/>: "not met" to "met" too).</summary>
    public bool Raised => Moderated && AuditorGrade is { } given && StandardPolicy.Movement(given, FinalGrade) > 0;

    /// <summary>Moderation made the grade worse than the auditor's: the "overly positive" audit.</summary>
    public bool Lowered => Moderated && AuditorGrade is { } given && StandardPolicy.Movement(given, FinalGrade) < 0;

    /// <summary>The groups' audits by final grade.</summary>
    public static IReadOnlyDictionary<Grade, int> ByFinalGrade(IEnumerable<AuditGroup> groups) =>
        groups.GroupBy(g => g.FinalGrade).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
}
