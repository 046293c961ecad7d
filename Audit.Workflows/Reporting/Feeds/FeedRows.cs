using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;

namespace Audit.Workflows.Reporting.Feeds;

// The rows of the Power BI and Excel feeds: flat, projected in the query, and holding no child's details, case
// reference or typed text — only references, organisation names, staff names, grades, states and dates. The OData
// entity sets and the CSV files are built from these same classes, so both feeds always have the same columns.

/// <summary>One audit: where it is, its grades and its dates. FinalGrade is set once the grade is settled.</summary>
public sealed class AuditFeedRow
{
    [Key]
    public int Id { get; init; }
    public string Reference { get; init; } = string.Empty;
    public string Tool { get; init; } = string.Empty;
    public string Directorate { get; init; } = string.Empty;
    public string ServiceArea { get; init; } = string.Empty;
    public string Team { get; init; } = string.Empty;
    public string Auditor { get; init; } = string.Empty;
    public AuditState State { get; init; }
    public DateTimeOffset AllocatedAt { get; init; }
    public DateOnly DueDate { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset? GradeConfirmedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public Grade? AuditorGrade { get; init; }
    public Grade? FinalGrade { get; init; }
    public bool Moderated { get; init; }
    public bool GoodPracticeExample { get; init; }
    public bool ImmediateResponseRaised { get; init; }
    public bool? FeedbackSought { get; init; }
    public bool? FeedbackObtained { get; init; }
    public bool? DiscussionHeld { get; init; }
}

/// <summary>One section's grade on an audit whose grade is settled; FinalGrade is the moderator's where moderation changed it.</summary>
public sealed class SectionFeedRow
{
    [Key]
    public int Id { get; init; }
    public int AuditId { get; init; }
    public string AuditReference { get; init; } = string.Empty;
    public string Tool { get; init; } = string.Empty;
    public int Position { get; init; }
    public string Section { get; init; } = string.Empty;
    public string ServiceArea { get; init; } = string.Empty;
    public string Team { get; init; } = string.Empty;
    public bool NotApplicable { get; init; }
    public Grade? AuditorGrade { get; init; }
    public Grade? ModeratedGrade { get; init; }
    public Grade? FinalGrade { get; init; }
    public DateTimeOffset? GradeConfirmedAt { get; init; }
}

/// <summary>One corrective or learning action: who it is for, its status and dates — never what it says.</summary>
public sealed class ActionFeedRow
{
    public const string Done = "Done";
    public const string Overdue = "Overdue";
    public const string Open = "Open";

    [Key]
    public int Id { get; init; }
    public int AuditId { get; init; }
    public string AuditReference { get; init; } = string.Empty;
    public string ServiceArea { get; init; } = string.Empty;
    public string Team { get; init; } = string.Empty;
    public ActionFor For { get; init; }
    /// <summary>Done, Overdue (past its due date in the UK today) or Open.</summary>
    public string Status { get; init; } = string.Empty;
    public DateOnly DueDate { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
}

/// <summary>One moderated audit whose grade is settled: the auditor's grade, the moderated grade and which way it moved.</summary>
public sealed class ModerationFeedRow
{
    public const string Agreed = "Agreed";
    public const string Raised = "Raised";
    public const string Lowered = "Lowered";

    [Key]
    public int Id { get; init; }
    public string Reference { get; init; } = string.Empty;
    public string Tool { get; init; } = string.Empty;
    public string ServiceArea { get; init; } = string.Empty;
    public string Team { get; init; } = string.Empty;
    public string Auditor { get; init; } = string.Empty;
    public string Moderator { get; init; } = string.Empty;
    public Grade? AuditorGrade { get; init; }
    public Grade? ModeratedGrade { get; init; }
    /// <summary>Agreed, Raised (a better grade than the auditor's) or Lowered.</summary>
    public string Outcome { get; init; } = string.Empty;
    public DateTimeOffset? ModeratedAt { get; init; }
    public DateTimeOffset? GradeConfirmedAt { get; init; }
}

/// <summary>
/// One thematic dip sample: its name (a programme label), theme and month's programme, and how many of its audits in
/// the token owner's scope there are and are completed — never a case or its audits' details.
/// </summary>
public sealed class DipSampleBatchFeedRow
{
    [Key]
    public int Id { get; init; }
    public string Name { get; init; } = string.Empty;
    public string Theme { get; init; } = string.Empty;
    public int CycleId { get; init; }
    /// <summary>The programme's month as its name ("March 2026"); <see cref="CycleMonth"/> is its first day, for sorting.</summary>
    public string Cycle { get; init; } = string.Empty;
    public DateOnly CycleMonth { get; init; }
    public int Audits { get; init; }
    public int Completed { get; init; }
}
