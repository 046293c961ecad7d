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
    public string Reference => ReferenceOf(Id);
    /// <summary>An audit's <see cref="Reference"/> from its id alone.</summary>
    public static string ReferenceOf(int id) => $"AUD-{id:D6}";
    public int CaseFileId { get; set; }
    public CaseFile? CaseFile { get; set; }
    public required string AuditorId { get; set; }
    public StaffMember? Auditor { get; set; }
    public AuditState State { get; set; }
    /// <summary>The audit tool version this audit uses; it keeps it even when a newer version is published.</summary>
    public int? ToolVersionId { get; set; }
    /// <summary>The kind of the tool in use, kept on the audit so every email and list can name it without loading the tool.</summary>
    public ToolKind ToolKind { get; set; }
    public AuditToolVersion? ToolVersion { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>The month's programme the audit was allocated in, when there was one open.</summary>
    public int? AuditCycleId { get; set; }
    /// <summary>The thematic dip sample this audit is one case of, when it was allocated as part of one.</summary>
    public int? DipSampleBatchId { get; set; }
    public DipSampleBatch? DipSampleBatch { get; set; }
    public DateTimeOffset AllocatedAt { get; set; }
    public string? AllocatedById { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The auditor's overall grade as submitted.</summary>
    public Grade? AuditorGrade { get; set; }
    [FreeText]
    public string? AuditorRationale { get; set; }
    /// <summary>The grade after moderation (the grade reported); equals AuditorGrade when not moderated.</summary>
    public Grade? FinalGrade { get; set; }

    public bool ImmediateResponseRaised { get; set; }

    public bool? ModerationRequired { get; set; }
    public string? ModerationReason { get; set; }
    /// <summary>
    /// The seed of the random draw for the "requires improvement" sample, recorded on every submitted audit whatever
    /// its grade, so any decision can be checked later and a resubmission reuses the same draw.
    /// </summary>
    public int? ModerationSampleSeed { get; set; }
    /// <summary>The practice improvement manager who has taken the audit from the moderation queue, while they have it.</summary>
    public string? ModerationTakenById { get; set; }
    public StaffMember? ModerationTakenBy { get; set; }
    public DateTimeOffset? ModerationTakenAt { get; set; }
    /// <summary>Who made the latest moderation decision (agreed, changed or returned): the first choice to moderate it again.</summary>
    public string? ModeratorId { get; set; }
    public StaffMember? Moderator { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    [FreeText]
    public string? ModerationRationale { get; set; }
    public string? CoSignedById { get; set; }
    public DateTimeOffset? CoSignedAt { get; set; }
    /// <summary>When the grade was settled: submitted without moderation, or moderated (and co-signed where needed).</summary>
    public DateTimeOffset? GradeConfirmedAt { get; set; }
    /// <summary>Confirmed good or outstanding: listed in reports as an example of good practice.</summary>
    public bool IsGoodPracticeExample { get; set; }

    /// <summary>
    /// Someone a QA lead named to hold <see cref="StandInState"/> in place of the post-holder (an assistant director or
    /// service manager who is absent or not in post). It applies only while the audit is in that state.
    /// </summary>
    public string? StandInId { get; set; }
    public StaffMember? StandIn { get; set; }
    public AuditState? StandInState { get; set; }

    public DateTimeOffset? ConversationScheduledFor { get; set; }
    [FreeText]
    public string? ConversationLocation { get; set; }
    public DateTimeOffset? ConversationHeldAt { get; set; }
    [FreeText]
    public string? ConversationLearning { get; set; }
    /// <summary>The practitioner's own reflections on the audit and the conversation, written by them alone.</summary>
    [FreeText]
    public string? PractitionerReflections { get; set; }
    public DateTimeOffset? PractitionerReflectionsAt { get; set; }
    /// <summary>The practitioner's response to the audit's findings, which they may add once the grade is settled.</summary>
    [FreeText]
    public string? PractitionerResponse { get; set; }
    public DateTimeOffset? PractitionerResponseAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    [FreeText]
    public string? CancellationReason { get; set; }

    /// <summary>The reflective conversations scheduled (the latest not cancelled is the current one).</summary>
    public List<ReflectiveConversation> Conversations { get; set; } = [];
    public List<AuditAction> Actions { get; set; } = [];
    public List<SectionResponse> SectionResponses { get; set; } = [];
    public AuditRecord? Record { get; set; }
    public List<AuditTheme> Themes { get; set; } = [];
    public List<ImmediateResponse> ImmediateResponses { get; set; } = [];
    public List<AuditHistoryEntry> History { get; set; } = [];
    /// <summary>The auditor's requests for more time, open or decided.</summary>
    public List<ExtensionRequest> ExtensionRequests { get; set; } = [];

    /// <summary>
    /// Completed before Audit was used and brought in by the historic import: closed from the start, it counts in
    /// every report by its grade and completion date and never enters the workflow (no deadlines, emails or work items).
    /// </summary>
    public bool IsImported { get; set; }
    /// <summary>The historic import's external_id, when the file gave one: importing the same id again updates this audit.</summary>
    public string? ImportExternalId { get; set; }
    /// <summary>
    /// The auditor of an imported audit who is not a member of staff in Audit, as the file names them (a member of
    /// staff's name, not case text). Reports show it in place of the auditor's name.
    /// </summary>
    public string? ImportedAuditorName { get; set; }
    public int Version { get; set; }
}
