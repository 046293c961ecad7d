namespace Audit.Data.Models;

public enum ActionFor
{
    Child,
    Practice,
    Learning,
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
    [FreeText]
    public string? CompletionNote { get; set; }
    public int Version { get; set; }
}
