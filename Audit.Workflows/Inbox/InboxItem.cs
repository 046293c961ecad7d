using Audit.Data.Models;

namespace Audit.Workflows.Inbox;

/// <summary>What a person is asked to do with an audit.</summary>
public enum InboxTask
{
    StartAudit,
    FinishAudit,
    Moderate,
    CoSign,
    ReflectiveConversation,
    CompleteAction,
}

/// <summary>
/// How soon something needs doing, most urgent first. Urgent: moderation of an inadequate grade or of an audit that
/// raised an immediate response — a child may be unsafe and the QA framework asks for swift moderation. Overdue:
/// anything past its due date. Everything else is Normal.
/// </summary>
public enum InboxPriority
{
    Urgent = 0,
    Overdue = 1,
    Normal = 2,
}

/// <summary>One thing waiting on the signed-in person; it links to the audit at /audits/{AuditId}.</summary>
public sealed record InboxItem(
    InboxTask Task,
    int AuditId,
    string AuditReference,
    AuditState State,
    DateOnly? DueDate,
    bool IsOverdue,
    InboxPriority Priority,
    DateTimeOffset Since,
    string? Detail = null,
    int? ActionId = null)
{
    public string Title => Task switch
    {
        InboxTask.StartAudit => $"Start audit {AuditReference}",
        InboxTask.FinishAudit when State == AuditState.ReturnedToAuditor => $"Add to returned audit {AuditReference}",
        InboxTask.FinishAudit => $"Finish audit {AuditReference}",
        InboxTask.Moderate => $"Moderate audit {AuditReference}",
        InboxTask.CoSign => $"Co-sign audit {AuditReference}",
        InboxTask.ReflectiveConversation => Detail is null
            ? $"Schedule the reflective conversation for audit {AuditReference}"
            : $"Record the reflective conversation for audit {AuditReference}",
        InboxTask.CompleteAction => $"Complete an action on audit {AuditReference}",
        _ => AuditReference,
    };

    public bool IsReturned => State == AuditState.ReturnedToAuditor;

    public string Href => $"/audits/{AuditId}";
}
