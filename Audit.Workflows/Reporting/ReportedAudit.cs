using Audit.Data.Models;

namespace Audit.Workflows.Reporting;

/// <summary>
/// One audit whose grade was settled in a period, with what every report table reads about it. Imported (historic)
/// audits have no deadlines or discussion recorded, so the KPIs about those leave them out. Only what the breakdowns,
/// KPIs and calibration read: the dashboard holds one of these for every audit of the period.
/// </summary>
public sealed record ReportedAudit(
    string ToolName,
    string ServiceArea,
    string Team,
    string AuditorName,
    Grade? AuditorGrade,
    Grade FinalGrade,
    bool Moderated,
    DateOnly DueDate,
    DateTimeOffset? SubmittedAt,
    bool? FeedbackSought,
    bool? FeedbackObtained,
    bool? DiscussionHeld,
    bool Imported = false)
{
    /// <summary>Moderation made the grade better than the auditor's (<see cref="StandardPolicy.Movement"/>: "not met" to "met" too).</summary>
    public bool Raised => Moderated && AuditorGrade is { } given && StandardPolicy.Movement(given, FinalGrade) > 0;

    /// <summary>Moderation made the grade worse than the auditor's: the "overly positive" audit.</summary>
    public bool Lowered => Moderated && AuditorGrade is { } given && StandardPolicy.Movement(given, FinalGrade) < 0;
}
