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
        AuditState.AwaitingModeration => "A practice improvement manager checks the grade against the evidence: they agree it, change it, or return the audit.",
        AuditState.AwaitingCoSign => "A good or outstanding grade waits for the assistant director for the service to co-sign it.",
        AuditState.ReturnedToAuditor => "Moderation asked the auditor for more evidence; the auditor resubmits.",
        AuditState.AwaitingReflectiveConversation => "Inadequate was maintained: the service manager holds a reflective conversation with the practitioner and their team manager.",
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
}
