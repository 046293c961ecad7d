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
