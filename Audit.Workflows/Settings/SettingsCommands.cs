using Audit.Workflows.Common;

namespace Audit.Workflows.Settings;

/// <summary>
/// The QA lead's edit of the workflow settings, as typed: numbers arrive as text so a typing slip gets a GOV.UK
/// message. <see cref="Version"/> is the version the form was shown with.
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
    bool? EscalateToQaLead);

public sealed record AddBankHolidayCommand(DateInput? Date, string? Name);
