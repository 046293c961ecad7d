namespace Audit.Data.Models;

/// <summary>An immutable record of one transition (or in-stage action) on an audit: who, when, what, and why.</summary>
public class AuditHistoryEntry
{
    public long Id { get; set; }
    public int CaseAuditId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? ActorId { get; set; }
    public StaffMember? Actor { get; set; }
    public AuditState FromState { get; set; }
    public AuditState ToState { get; set; }
    public required string Trigger { get; set; }
    [FreeText]
    public string? Comment { get; set; }
    public Grade? GradeBefore { get; set; }
    public Grade? GradeAfter { get; set; }

    /// <summary>The action this step was about (progress, completion, confirmation, reopening, a change of owner or due date).</summary>
    public int? AuditActionId { get; set; }
}
