namespace Audit.Workflows.DeepDive;

/// <summary>Everything that can happen to a deep-dive audit.</summary>
public enum AuditTrigger
{
    Start,
    Submit,
    AgreeGrade,
    ChangeGrade,
    ReturnToAuditor,
    CoSign,
    ScheduleConversation,
    RecordConversation,
    CompleteAction,
    Close,
    Reallocate,
    Extend,
    Cancel,
}

public static class AuditTriggerNames
{
    /// <summary>How the trigger reads on buttons and in the history.</summary>
    public static string Display(this AuditTrigger trigger) => trigger switch
    {
        AuditTrigger.Start => "Start audit",
        AuditTrigger.Submit => "Submit audit",
        AuditTrigger.AgreeGrade => "Agree grade",
        AuditTrigger.ChangeGrade => "Change grade",
        AuditTrigger.ReturnToAuditor => "Return to auditor",
        AuditTrigger.CoSign => "Co-sign",
        AuditTrigger.ScheduleConversation => "Schedule reflective conversation",
        AuditTrigger.RecordConversation => "Record reflective conversation",
        AuditTrigger.CompleteAction => "Complete action",
        AuditTrigger.Close => "Close audit",
        AuditTrigger.Reallocate => "Reallocate",
        AuditTrigger.Extend => "Extend due date",
        AuditTrigger.Cancel => "Cancel audit",
        _ => trigger.ToString(),
    };
}
