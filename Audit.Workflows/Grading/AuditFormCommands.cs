using Audit.Data.Models;

namespace Audit.Workflows.Grading;

/// <summary>
/// How a form step was saved: "Save and continue" checks the answers are complete; "Save and come back later" keeps
/// whatever was typed as a draft without checking it.
/// </summary>
public enum SaveMode
{
    Complete,
    Draft,
}

public sealed record SaveSectionCommand(int AuditId, int SectionId, int Version, Grade? Grade, bool NotApplicable, string? Evidence, SaveMode Mode);

public sealed record SaveFeedbackCommand(int AuditId, int Version, bool? Sought, string? SoughtFrom, bool? Obtained, string? Summary, string? NotObtainedReason, SaveMode Mode);

public sealed record SaveDiscussionCommand(int AuditId, int Version, bool? Held, DateOnly? Date, string? PractitionerView, string? NotHeldReason, SaveMode Mode);

public sealed record SaveStrengthsCommand(int AuditId, int Version, string? Strengths, string? AreasForDevelopment, IReadOnlyCollection<int> ThemeIds, SaveMode Mode);

public sealed record SaveOverallCommand(int AuditId, int Version, Grade? Grade, string? Rationale, string? DifferenceReason, SaveMode Mode);

public sealed record SaveActionCommand(int AuditId, int? ActionId, int Version, string? Description, ActionFor? For, string? OwnerId, DateOnly? DueDate);
