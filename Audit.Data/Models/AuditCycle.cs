namespace Audit.Data.Models;

public enum CycleStatus
{
    Open,
    Closed,
}

/// <summary>
/// One month of the audit programme ("December 2026"): how many audits of each tool are planned per service area,
/// the date they are due, the cases drawn for it and the audits allocated in it.
/// </summary>
public class AuditCycle : IVersioned
{
    public int Id { get; set; }
    /// <summary>The first day of the month the cycle is for; one cycle per month.</summary>
    public DateOnly Month { get; set; }
    public string Name => NameOf(Month);
    public static string NameOf(DateOnly month) => month.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
    public DateOnly DueDate { get; set; }
    public CycleStatus Status { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public string? OpenedById { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<CyclePlan> Plans { get; set; } = [];
    public List<CycleCase> Cases { get; set; } = [];
    public List<CycleDraw> Draws { get; set; } = [];
    public List<DipSampleBatch> DipSampleBatches { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>How many audits of a tool a service area plans in a cycle.</summary>
public class CyclePlan
{
    public int Id { get; set; }
    public int AuditCycleId { get; set; }
    public int ServiceAreaId { get; set; }
    public ServiceArea? ServiceArea { get; set; }
    public ToolKind ToolKind { get; set; }
    public int Planned { get; set; }
}

/// <summary>
/// A random draw of cases: the seed and the rules it used are kept, so the draw can be repeated and explained.
/// </summary>
public class CycleDraw
{
    public int Id { get; set; }
    public int AuditCycleId { get; set; }
    public int Seed { get; set; }
    public int ServiceAreaId { get; set; }
    public ServiceArea? ServiceArea { get; set; }
    public CaseType CaseType { get; set; }
    public int Requested { get; set; }
    public int Drawn { get; set; }
    public int Eligible { get; set; }
    /// <summary>Cases audited within this many months were left out.</summary>
    public int ExcludedMonths { get; set; }
    public int ExcludedClosed { get; set; }
    public int ExcludedRecentlyAudited { get; set; }
    public int ExcludedInCycle { get; set; }
    public DateTimeOffset DrawnAt { get; set; }
    public string? DrawnById { get; set; }
}

public enum CycleCaseStatus
{
    /// <summary>Drawn, with a proposed auditor (or none free) waiting for the QA lead to confirm.</summary>
    Proposed,
    Allocated,
    Removed,
}

/// <summary>A case drawn into a cycle, the auditor proposed for it, and the audit once the proposal is confirmed.</summary>
public class CycleCase : IVersioned
{
    public int Id { get; set; }
    public int AuditCycleId { get; set; }
    public AuditCycle? Cycle { get; set; }
    public int CaseFileId { get; set; }
    public CaseFile? CaseFile { get; set; }
    public int? CycleDrawId { get; set; }
    public ToolKind ToolKind { get; set; }
    /// <summary>The thematic dip sample the case was drawn for: its audit uses the batch's theme and records the batch.</summary>
    public int? DipSampleBatchId { get; set; }
    public DipSampleBatch? DipSampleBatch { get; set; }
    public string? ProposedAuditorId { get; set; }
    public StaffMember? ProposedAuditor { get; set; }
    /// <summary>Why no auditor was proposed, when none could be.</summary>
    public string? Unassigned { get; set; }
    public CycleCaseStatus Status { get; set; }
    public int? CaseAuditId { get; set; }
    public int Version { get; set; }
}

/// <summary>A period when a member of staff is away (leave, training): they are not proposed audits due in it.</summary>
public class StaffAbsence
{
    public int Id { get; set; }
    public required string StaffMemberId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
}
