namespace Audit.Data.Models;

public enum ActionFor
{
    Child,
    Practice,
    Learning,
}

public enum ActionStatus
{
    Open,
    AwaitingConfirmation,
    Confirmed,
}

/// <summary>A corrective action for the child or a learning action, followed up until it is done.</summary>
public class AuditAction : IVersioned
{
    public int Id { get; set; }
    public int CaseAuditId { get; set; }
    public CaseAudit? CaseAudit { get; set; }
    [FreeText]
    public required string Description { get; set; }
    public ActionFor For { get; set; }
    public required string OwnerId { get; set; }
    public StaffMember? Owner { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedById { get; set; }
    /// <summary>The owner's note of the evidence that the action is done.</summary>
    [FreeText]
    public string? CompletionNote { get; set; }

    /// <summary>When the auditor or the practitioner's team manager confirmed the completion; reopening clears it.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedById { get; set; }

    /// <summary>Open, awaiting confirmation (the owner marked it complete) or confirmed.</summary>
    public ActionStatus Status => ConfirmedAt is not null ? ActionStatus.Confirmed
        : CompletedAt is not null ? ActionStatus.AwaitingConfirmation : ActionStatus.Open;
    public int Version { get; set; }
}
