namespace Audit.Data.Models;

/// <summary>The stages of a deep-dive audit. The workflow definition in Audit.Workflows/DeepDive moves between them.</summary>
public enum AuditState
{
    Allocated,
    InProgress,
    AwaitingModeration,
    /// <summary>A substate of AwaitingModeration: a good or outstanding grade waits for an assistant director.</summary>
    AwaitingCoSign,
    ReturnedToAuditor,
    AwaitingReflectiveConversation,
    ActionsOutstanding,
    Closed,
    Cancelled,
}

/// <summary>One audit of one case by one auditor, and where it is in the workflow.</summary>
public class CaseAudit : IVersioned
{
    public int Id { get; set; }
    /// <summary>The reference used in emails and on screen, e.g. "AUD-000123": never the child's details.</summary>
    public string Reference => $"AUD-{Id:D6}";
    public int CaseFileId { get; set; }
    public CaseFile? CaseFile { get; set; }
    public required string AuditorId { get; set; }
    public StaffMember? Auditor { get; set; }
    public AuditState State { get; set; }
    /// <summary>The audit tool version this audit uses; it keeps it even when a newer version is published.</summary>
    public int? ToolVersionId { get; set; }
    public AuditToolVersion? ToolVersion { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTimeOffset AllocatedAt { get; set; }
    public string? AllocatedById { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The auditor's overall grade as submitted.</summary>
    public Grade? AuditorGrade { get; set; }
    public string? AuditorRationale { get; set; }
    /// <summary>The grade after moderation (the grade reported); equals AuditorGrade when not moderated.</summary>
    public Grade? FinalGrade { get; set; }

    public bool ImmediateResponseRaised { get; set; }

    public bool? ModerationRequired { get; set; }
    public string? ModerationReason { get; set; }
    /// <summary>The seed of the random draw that chose (or did not choose) a "requires improvement" audit for moderation.</summary>
    public int? ModerationSampleSeed { get; set; }
    public string? ModeratorId { get; set; }
    public StaffMember? Moderator { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    public string? ModerationRationale { get; set; }
    public string? CoSignedById { get; set; }
    public DateTimeOffset? CoSignedAt { get; set; }

    public DateTimeOffset? ConversationScheduledFor { get; set; }
    public string? ConversationLocation { get; set; }
    public DateTimeOffset? ConversationHeldAt { get; set; }
    public string? ConversationLearning { get; set; }
    public string? PractitionerReflections { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancellationReason { get; set; }

    public List<AuditAction> Actions { get; set; } = [];
    public List<SectionResponse> SectionResponses { get; set; } = [];
    public AuditRecord? Record { get; set; }
    public List<AuditTheme> Themes { get; set; } = [];
    public List<ImmediateResponse> ImmediateResponses { get; set; } = [];
    public List<AuditHistoryEntry> History { get; set; } = [];
    public int Version { get; set; }
}
