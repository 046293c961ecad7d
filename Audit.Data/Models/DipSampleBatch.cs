namespace Audit.Data.Models;

/// <summary>
/// A thematic dip sample: one theme's questions (a published dip-sample tool version) over a batch of cases in a
/// month's programme. Its cases are drawn into the cycle and allocated like any other; each audit records its batch
/// so the batch is reported together.
/// </summary>
public class DipSampleBatch
{
    public int Id { get; set; }
    public int AuditCycleId { get; set; }
    public AuditCycle? Cycle { get; set; }
    /// <summary>The theme: the dip-sample tool version every audit of the batch uses.</summary>
    public int ToolVersionId { get; set; }
    public AuditToolVersion? ToolVersion { get; set; }
    /// <summary>A label for the programme ("Voice of the child, December 2026"), not text about a child or family.</summary>
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public StaffMember? CreatedBy { get; set; }
}
