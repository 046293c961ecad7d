using Audit.Data.Models;
using Audit.Workflows.Common;

namespace Audit.Workflows.Settings;

/// <summary>
/// The QA lead's edit of the workflow settings, as typed: numbers arrive as text so a typing slip gets a GOV.UK
/// message. <see cref="Version"/> is the version the form was shown with. <see cref="AssistantDirectorGrades"/> are the
/// final grades whose moderation the assistant director co-signs (none ticked is a choice, not an omission).
/// </summary>
public sealed record UpdateWorkflowSettingsCommand(
    int Version,
    string? InadequateModerationWorkingDays,
    string? GoodOrOutstandingModerationWorkingDays,
    string? RequiresImprovementModerationWorkingDays,
    string? RequiresImprovementSamplePercent,
    string? ReflectiveConversationWorkingDays,
    string? DefaultAuditWorkingDays,
    string? ReminderLeadWorkingDays,
    bool? EscalateToQaLead,
    string? ReturnedAuditWorkingDays,
    IReadOnlyCollection<Grade> AssistantDirectorGrades,
    string? CaseReferencePattern = null);

public sealed record AddBankHolidayCommand(DateInput? Date, string? Name);
