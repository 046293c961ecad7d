namespace Audit.Data.Models;

/// <summary>
/// The QA lead's moderation and deadline policy: a single row, edited on the settings page. Defaults follow the QA
/// framework: inadequate audits are moderated within 5 working days, good and outstanding ones within 10 with an
/// assistant director's co-sign (as are inadequate ones), and a reflective conversation is held within 15 working days.
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
    /// <summary>Working days the auditor has to add what moderation asked for, once an audit is returned to them.</summary>
    public int ReturnedAuditWorkingDays { get; set; } = 5;
    /// <summary>
    /// Which final grades need the assistant director's co-sign after moderation. The QA framework: "good and
    /// inadequate work is also moderated with ADs involved to ensure line of sight".
    /// </summary>
    public bool AssistantDirectorForOutstanding { get; set; } = true;
    public bool AssistantDirectorForGood { get; set; } = true;
    public bool AssistantDirectorForRequiresImprovement { get; set; }
    public bool AssistantDirectorForInadequate { get; set; } = true;
    public int DefaultAuditWorkingDays { get; set; } = 20;
    /// <summary>Reminders go this many working days before a due date.</summary>
    public int ReminderLeadWorkingDays { get; set; } = 2;
    /// <summary>Escalations of overdue work also go to every QA lead (they always go to the person's manager).</summary>
    public bool EscalateToQaLead { get; set; } = true;
    /// <summary>
    /// A regular expression every case reference must match (for example <c>^LCS-\d{4,8}$</c>), so a child's name
    /// typed by mistake is refused. Empty: any reference is accepted.
    /// </summary>
    public string? CaseReferencePattern { get; set; }
    public int Version { get; set; }
}
