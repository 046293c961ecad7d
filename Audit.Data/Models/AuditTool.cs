namespace Audit.Data.Models;

public enum ToolKind
{
    DeepDive,
    Fostering,
    Supervision,
    DipSample,
    PracticeObservation,
}

public enum ToolVersionStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>An audit tool (template), such as the deep-dive case audit. Its content lives in versions.</summary>
public class AuditTool
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ToolKind Kind { get; set; }
    public string? Description { get; set; }
    public List<AuditToolVersion> Versions { get; set; } = [];
}

/// <summary>
/// One version of a tool. A draft can be edited; once published it never changes, and every audit keeps the version
/// it started with. A new draft copies the latest version's sections.
/// </summary>
public class AuditToolVersion : IVersioned
{
    public int Id { get; set; }
    public int AuditToolId { get; set; }
    public AuditTool? Tool { get; set; }
    public int Number { get; set; }
    public ToolVersionStatus Status { get; set; }
    /// <summary>What changed in this version, or the theme of a dip sample.</summary>
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedById { get; set; }
    /// <summary>How this version is graded: the Ofsted grades, or met / not met against a standard (supervision).</summary>
    public GradeScale Scale { get; set; }
    public List<ToolSection> Sections { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>A section of a tool: graded on its version's scale (or not), with guidance prompts for the auditor.</summary>
public class ToolSection
{
    public int Id { get; set; }
    public int AuditToolVersionId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    /// <summary>Prompts for the auditor, one per line.</summary>
    public string? Guidance { get; set; }
    public bool IsGraded { get; set; } = true;
    public bool EvidenceRequired { get; set; } = true;
    public bool AllowNotApplicable { get; set; }
}
