using Audit.Data.Models;

namespace Audit.Workflows.DeepDive;

public sealed record AllocateCommand(int CaseFileId, string? AuditorId, DateOnly? DueDate);

public sealed record SubmitCommand(int AuditId, int Version, Grade? OverallGrade, string? Rationale, bool ImmediateResponseRaised = false);

public sealed record ModerateCommand(int AuditId, int Version, ModerationOutcome? Outcome, Grade? NewGrade, string? Rationale);

public enum ModerationOutcome
{
    Agree,
    ChangeGrade,
    ReturnToAuditor,
}

public sealed record ScheduleConversationCommand(int AuditId, int Version, DateTimeOffset? When, string? Location);

public sealed record RecordConversationCommand(int AuditId, int Version, string? Learning, string? PractitionerReflections);

public sealed record ReallocateCommand(int AuditId, int Version, string? AuditorId, DateOnly? DueDate);

public sealed record ExtendCommand(int AuditId, int Version, DateOnly? DueDate, string? Reason);

public sealed record CancelCommand(int AuditId, int Version, string? Reason);

public sealed record CompleteActionCommand(int AuditId, int ActionId, int Version, string? Note);
