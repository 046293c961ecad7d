using Audit.Data.Models;

namespace Audit.Workflows.Tools;

/// <summary>One version of a tool as listed: its number, status and how many audits use it.</summary>
public sealed record ToolVersionSummary(int Id, int Number, ToolVersionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? Notes, int AuditCount, GradeScale Scale);

/// <summary>A tool with its versions, newest first.</summary>
public sealed record ToolSummary(int Id, string Name, ToolKind Kind, string? Description, IReadOnlyList<ToolVersionSummary> Versions)
{
    /// <summary>The version new audits get.</summary>
    public ToolVersionSummary? Current => Versions.Where(v => v.Status == ToolVersionStatus.Published).MaxBy(v => v.Number);

    public ToolVersionSummary? Draft => Versions.FirstOrDefault(v => v.Status == ToolVersionStatus.Draft);

    /// <summary>The scale a new draft is offered first: the latest version's, or the kind's own for a tool with none.</summary>
    public GradeScale DefaultScale => Versions.Count > 0 ? Versions[0].Scale : Kind.DefaultScale();
}

public sealed record ToolSectionView(int Id, int Position, string Title, string? Guidance, bool IsGraded, bool EvidenceRequired, bool AllowNotApplicable)
{
    public IReadOnlyList<string> Prompts => Guidance?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
}

/// <summary>A version with its sections in order. <see cref="Version"/> is the concurrency token edits send back.</summary>
public sealed record ToolVersionDetails(
    int Id, int ToolId, string ToolName, int Number, ToolVersionStatus Status, string? Notes, DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt, string? PublishedByName, int AuditCount, IReadOnlyList<ToolSectionView> Sections, int Version, GradeScale Scale)
{
    public bool IsDraft => Status == ToolVersionStatus.Draft;
}

/// <summary>What the QA lead enters for a section. The yes/no answers are null until chosen.</summary>
public sealed record SectionDetails(string? Title, string? Guidance, bool? IsGraded, bool? EvidenceRequired, bool? AllowNotApplicable);

public enum SectionMove
{
    Up,
    Down,
}
