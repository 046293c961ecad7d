namespace Audit.Data.Models;

public enum CaseType
{
    EarlyHelp,
    ChildInNeed,
    ChildProtection,
    CaredFor,
    CareExperienced,
    FosteringHousehold,
    YouthJustice,
}

public enum AgeBand
{
    UnderOne,
    OneToFour,
    FiveToNine,
    TenToFifteen,
    SixteenPlus,
}

/// <summary>
/// A child's case as Audit knows it: the reference in the case management system, the practitioner and team, the
/// kind of case and at most an age band. Never the child's name: auditors read the record in the other system.
/// </summary>
public class CaseFile
{
    public int Id { get; set; }
    /// <summary>The case management system's reference (Liquidlogic, Mosaic or Eclipse), e.g. "LCS-123456".</summary>
    public required string Reference { get; set; }
    public CaseType CaseType { get; set; }
    public AgeBand? AgeBand { get; set; }
    public int TeamId { get; set; }
    public Team? Team { get; set; }
    public string? PractitionerId { get; set; }
    public StaffMember? Practitioner { get; set; }
    /// <summary>When the case opened in the case management system, if the case list says.</summary>
    public DateOnly? StartDate { get; set; }
    /// <summary>Closed in the case management system: kept for its audits, never sampled.</summary>
    public bool IsClosed { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    /// <summary>When a case-list import last changed this case.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }
    public List<CaseAudit> Audits { get; set; } = [];
}
