namespace Audit.Data.Models;

/// <summary>Where a request for more time stands.</summary>
public enum ExtensionRequestStatus
{
    Open,
    Approved,
    Declined,
}

/// <summary>
/// The auditor's request for a later due date, with their reason, and the QA lead's decision on it. Kept after the
/// decision, so the audit shows every request and how it was decided.
/// </summary>
public class ExtensionRequest
{
    public int Id { get; set; }
    public int CaseAuditId { get; set; }
    public CaseAudit? CaseAudit { get; set; }
    public required string RequestedById { get; set; }
    public StaffMember? RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    /// <summary>The audit's due date when the request was made.</summary>
    public DateOnly DueDateWhenRequested { get; set; }
    public DateOnly RequestedDueDate { get; set; }
    [FreeText]
    public required string Reason { get; set; }
    public ExtensionRequestStatus Status { get; set; }
    public string? DecidedById { get; set; }
    public StaffMember? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>Why the QA lead declined (required then); not asked for on approval.</summary>
    [FreeText]
    public string? DecisionReason { get; set; }
}
