using Audit.Data.Models;

namespace Audit.Workflows.Programme;

/// <summary>How many audits of a tool a service area plans in the month.</summary>
public sealed record PlannedAudits(int ServiceAreaId, ToolKind Tool, int? Planned);

public sealed record OpenCycleCommand(DateOnly? Month, DateOnly? DueDate, IReadOnlyList<PlannedAudits> Plans);

public sealed record UpdateCycleCommand(int CycleId, int Version, DateOnly? DueDate, IReadOnlyList<PlannedAudits> Plans);

public sealed record SetCycleStatusCommand(int CycleId, int Version, CycleStatus Status);

/// <summary>Draw <see cref="Count"/> cases of a type in a service area; <see cref="Seed"/> repeats an earlier draw.</summary>
public sealed record DrawCasesCommand(int CycleId, int? ServiceAreaId, CaseType? CaseType, int? Count, int? ExcludedMonths, int? Seed, ToolKind? Tool);

public sealed record ProposeAllocationCommand(int CycleId);

public sealed record ChangeProposalCommand(int CycleCaseId, int Version, string? AuditorId);

public sealed record RemoveCycleCaseCommand(int CycleCaseId, int Version);

public sealed record ConfirmProposalCommand(int CycleId, int Version);

public static class CycleLimits
{
    public const int MaxPlanned = 500;
    public const int MaxDraw = 500;
    public const int MaxExcludedMonths = 60;
    public const int DefaultExcludedMonths = 12;
    public const int MaxSeed = 999_999;
}
