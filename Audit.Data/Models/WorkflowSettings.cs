namespace Audit.Data.Models;

/// <summary>
/// The QA lead's moderation and deadline policy: a single row, edited on the settings page. Defaults follow the QA
/// framework: inadequate audits are moderated within 5 working days, good and outstanding ones within 10 with an
/// assistant director's co-sign, and a reflective conversation is held within 15 working days.
/// </summary>
public class WorkflowSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public int InadequateModerationWorkingDays { get; set; } = 5;
    public int GoodOrOutstandingModerationWorkingDays { get; set; } = 10;
    public int RequiresImprovementModerationWorkingDays { get; set; } = 10;
    /// <summary>Percentage (0–100) of "requires improvement" audits drawn at random for moderation.</summary>
    public int RequiresImprovementSamplePercent { get; set; } = 10;
    public int ReflectiveConversationWorkingDays { get; set; } = 15;
    public int DefaultAuditWorkingDays { get; set; } = 20;
    /// <summary>Reminders go this many working days before a due date.</summary>
    public int ReminderLeadWorkingDays { get; set; } = 2;
    /// <summary>Escalations of overdue work also go to every QA lead (they always go to the person's manager).</summary>
    public bool EscalateToQaLead { get; set; } = true;
    public int Version { get; set; }
}
