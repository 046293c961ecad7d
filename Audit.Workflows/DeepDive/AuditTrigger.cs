namespace Audit.Workflows.DeepDive;

/// <summary>Everything that can happen to a deep-dive audit, in the order its page offers them.</summary>
public enum AuditTrigger
{
    Start,
    Submit,
    RecordAnswers,
    RaiseImmediateResponse,
    TakeForModeration,
    ReleaseModeration,
    AgreeGrade,
    ChangeGrade,
    ReturnToAuditor,
    CoSign,
    SendBackToModeration,
    ScheduleConversation,
    CancelConversation,
    AnswerInvitation,
    DecideProposal,
    RecordConversation,
    RecordActionProgress,
    CompleteAction,
    ConfirmAction,
    ReopenAction,
    ChangeAction,
    WriteReflections,
    RespondToFindings,
    Close,
    NameStandIn,
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
        AuditTrigger.RecordAnswers => "Record answers",
        AuditTrigger.RaiseImmediateResponse => "Raise an immediate response",
        AuditTrigger.TakeForModeration => "Take for moderation",
        AuditTrigger.ReleaseModeration => "Release to the moderation queue",
        AuditTrigger.AgreeGrade => "Agree grade",
        AuditTrigger.ChangeGrade => "Change grade",
        AuditTrigger.ReturnToAuditor => "Return to auditor",
        AuditTrigger.CoSign => "Co-sign",
        AuditTrigger.SendBackToModeration => "Send back to moderation",
        AuditTrigger.ScheduleConversation => "Schedule reflective conversation",
        AuditTrigger.CancelConversation => "Cancel reflective conversation",
        AuditTrigger.AnswerInvitation => "Answer the invitation",
        AuditTrigger.DecideProposal => "Decide on a proposed time",
        AuditTrigger.RecordConversation => "Record reflective conversation",
        AuditTrigger.RecordActionProgress => "Record progress on an action",
        AuditTrigger.CompleteAction => "Complete action",
        AuditTrigger.ConfirmAction => "Confirm action",
        AuditTrigger.ReopenAction => "Reopen action",
        AuditTrigger.ChangeAction => "Change action owner or due date",
        AuditTrigger.WriteReflections => "Write your reflections",
        AuditTrigger.RespondToFindings => "Respond to the findings",
        AuditTrigger.Close => "Close audit",
        AuditTrigger.NameStandIn => "Name a stand-in",
        AuditTrigger.Reallocate => "Reallocate",
        AuditTrigger.Extend => "Extend due date",
        AuditTrigger.Cancel => "Cancel audit",
        _ => trigger.ToString(),
    };
}
