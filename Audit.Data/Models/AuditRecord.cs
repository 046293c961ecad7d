namespace Audit.Data.Models;

public enum SectionStatus
{
    NotStarted,
    InProgress,
    Completed,
}

/// <summary>The auditor's answer for one section: a grade (or not applicable) and the evidence for it. Saved on every step.</summary>
public class SectionResponse : IVersioned
{
    public int Id { get; set; }
    public int CaseAuditId { get; set; }
    public int ToolSectionId { get; set; }
    public ToolSection? Section { get; set; }
    public Grade? Grade { get; set; }
    /// <summary>The grade moderation gave the section when it changed the auditor's; null when moderation agreed or has not happened.</summary>
    public Grade? ModeratedGrade { get; set; }
    public bool NotApplicable { get; set; }
    [FreeText]
    public string? Evidence { get; set; }
    public SectionStatus Status { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// Everything else the auditor records on a deep dive, kept as a draft until submission: child and family feedback,
/// the discussion with the practitioner, strengths, areas for development and the overall judgement.
/// </summary>
public class AuditRecord : IVersioned
{
    public int CaseAuditId { get; set; }

    public bool? FeedbackSought { get; set; }
    [FreeText]
    public string? FeedbackSoughtFrom { get; set; }
    public bool? FeedbackObtained { get; set; }
    [FreeText]
    public string? FeedbackSummary { get; set; }
    [FreeText]
    public string? FeedbackNotObtainedReason { get; set; }

    public bool? DiscussionHeld { get; set; }
    public DateOnly? DiscussionDate { get; set; }
    [FreeText]
    public string? PractitionerView { get; set; }
    [FreeText]
    public string? DiscussionNotHeldReason { get; set; }

    [FreeText]

    public string? Strengths { get; set; }
    [FreeText]
    public string? AreasForDevelopment { get; set; }

    public Grade? OverallGrade { get; set; }
    [FreeText]
    public string? OverallRationale { get; set; }
    /// <summary>Why the overall grade is two or more grades better than the worst section grade, when it is.</summary>
    [FreeText]
    public string? GradeDifferenceReason { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A learning theme tag the QA lead manages, such as "Voice of the child" or "Drift and delay".</summary>
public class LearningTheme
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public bool IsActive { get; set; } = true;
}

public class AuditTheme
{
    public int CaseAuditId { get; set; }
    public int LearningThemeId { get; set; }
    public LearningTheme? Theme { get; set; }
}

/// <summary>
/// Raised when an auditor finds a child at risk of significant harm now. The practitioner's team manager and service
/// manager are told at once and must each acknowledge it and record what they did.
/// </summary>
public class ImmediateResponse : IVersioned
{
    public int Id { get; set; }
    public int CaseAuditId { get; set; }
    public CaseAudit? CaseAudit { get; set; }
    public required string RaisedById { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    [FreeText]
    public required string Risk { get; set; }
    [FreeText]
    public required string NeededNow { get; set; }
    /// <summary>When the assistant director was told that it had not been acknowledged in time.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }
    public List<ImmediateResponseAcknowledgement> Acknowledgements { get; set; } = [];
    public int Version { get; set; }
}

public class ImmediateResponseAcknowledgement
{
    public int Id { get; set; }
    public int ImmediateResponseId { get; set; }
    public required string StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    /// <summary>"Team manager" or "Service manager": why this person was asked.</summary>
    public required string AskedAs { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    [FreeText]
    public string? ActionTaken { get; set; }
}
