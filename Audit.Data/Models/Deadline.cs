namespace Audit.Data.Models;

public enum DeadlineKind
{
    AuditDue,
    ModerationDue,
    CoSignDue,
    ConversationDue,
    ActionDue,
    ImmediateResponseAcknowledgement,
    /// <summary>A reminder to one person invited to a reflective conversation, the working day before: never escalated.</summary>
    ConversationReminder,
}

/// <summary>
/// A due date as data: the sweep job reminds the owner before it and escalates after it, each exactly once, even for
/// deadlines that passed while the application was stopped. Completed when the stage it times ends.
/// </summary>
public class Deadline : IVersioned
{
    public long Id { get; set; }
    public DeadlineKind Kind { get; set; }
    public int CaseAuditId { get; set; }
    public CaseAudit? CaseAudit { get; set; }
    public int? AuditActionId { get; set; }
    public int? ImmediateResponseId { get; set; }
    /// <summary>The person who must act; null for a pool task (any practice improvement manager).</summary>
    public string? OwnerId { get; set; }
    /// <summary>For a pool task: the role whose holders may act.</summary>
    public string? OwnerRole { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset RemindAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public int Version { get; set; }
}
