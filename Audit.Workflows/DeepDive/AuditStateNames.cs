using Audit.Data.Models;

namespace Audit.Workflows.DeepDive;

public static class AuditStateNames
{
    public static string Display(this AuditState state) => state switch
    {
        AuditState.Allocated => "Allocated",
        AuditState.InProgress => "In progress",
        AuditState.AwaitingModeration => "Awaiting moderation",
        AuditState.AwaitingCoSign => "Awaiting co-sign",
        AuditState.ReturnedToAuditor => "Returned to auditor",
        AuditState.AwaitingReflectiveConversation => "Awaiting reflective conversation",
        AuditState.ActionsOutstanding => "Actions outstanding",
        AuditState.Closed => "Closed",
        AuditState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };

    /// <summary>What the state means, for the workflow page.</summary>
    public static string Meaning(this AuditState state) => state switch
    {
        AuditState.Allocated => "The QA lead has chosen the case and given it to an auditor, with a due date.",
        AuditState.InProgress => "The auditor is reading the case record and completing the audit tool.",
        AuditState.AwaitingModeration => "A practice improvement manager takes the audit, checks each section's grade against the evidence, then agrees the overall grade, changes it, or returns the audit.",
        AuditState.AwaitingCoSign => "The assistant director for the service sees the moderation of a good, outstanding or inadequate grade (the QA lead chooses which) and co-signs it or sends it back to moderation.",
        AuditState.ReturnedToAuditor => "Moderation asked the auditor for more evidence; the auditor resubmits.",
        AuditState.AwaitingReflectiveConversation => "Inadequate was confirmed: the service manager holds a reflective conversation with the practitioner and their team manager.",
        AuditState.ActionsOutstanding => "The grade is settled; corrective and learning actions are followed up until done.",
        AuditState.Closed => "Every action is complete. The audit counts in reports.",
        AuditState.Cancelled => "A QA lead stopped the audit, with a reason. It cannot be reopened.",
        _ => string.Empty,
    };

    /// <summary>GOV.UK tag colour class for the state.</summary>
    public static string TagClass(this AuditState state) => state switch
    {
        AuditState.Allocated => "govuk-tag--grey",
        AuditState.InProgress => "govuk-tag--light-blue",
        AuditState.AwaitingModeration or AuditState.AwaitingCoSign => "govuk-tag--purple",
        AuditState.ReturnedToAuditor => "govuk-tag--orange",
        AuditState.AwaitingReflectiveConversation => "govuk-tag--pink",
        AuditState.ActionsOutstanding => "govuk-tag--yellow",
        AuditState.Closed => "govuk-tag--green",
        AuditState.Cancelled => "govuk-tag--red",
        _ => string.Empty,
    };

    public static bool IsOpen(this AuditState state) => state is not (AuditState.Closed or AuditState.Cancelled);

    /// <summary>True once the grade is settled: moderation (and any co-sign) is behind the audit, or it was not needed.</summary>
    public static bool IsGradeSettled(this AuditState state) =>
        state is AuditState.AwaitingReflectiveConversation or AuditState.ActionsOutstanding or AuditState.Closed;

    /// <summary>The deadline that times this stage, if it has one of its own (actions have one each).</summary>
    public static DeadlineKind? StageDeadline(this AuditState state) => state switch
    {
        AuditState.Allocated or AuditState.InProgress or AuditState.ReturnedToAuditor => DeadlineKind.AuditDue,
        AuditState.AwaitingModeration => DeadlineKind.ModerationDue,
        AuditState.AwaitingCoSign => DeadlineKind.CoSignDue,
        AuditState.AwaitingReflectiveConversation => DeadlineKind.ConversationDue,
        _ => null,
    };
}
