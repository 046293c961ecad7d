using Audit.Data.Models;
using Audit.Workflows.Tools;

namespace Audit.Workflows.Inbox;

/// <summary>What a person is asked to do with an audit.</summary>
public enum InboxTask
{
    AcknowledgeImmediateResponse,
    StartAudit,
    FinishAudit,
    Moderate,
    CoSign,
    ReflectiveConversation,
    AnswerInvitation,
    CompleteAction,
    WriteReflections,
    RespondToFindings,
    ReadFindings,
    DecideExtension,
}

/// <summary>
/// How soon something needs doing, most urgent first. ImmediateResponse: an immediate response this person has not
/// yet acknowledged — a child may be at risk of significant harm now, so it comes before everything else. Urgent: moderation of an inadequate grade or of an audit that
/// raised an immediate response — a child may be unsafe and the QA framework asks for swift moderation. Overdue:
/// anything past its due date. Everything else is Normal.
/// </summary>
public enum InboxPriority
{
    ImmediateResponse = 0,
    Urgent = 1,
    Overdue = 2,
    Normal = 3,
}

/// <summary>One thing waiting on the signed-in person; it links to the audit at /audits/{AuditId}, or to the immediate
/// response to acknowledge.</summary>
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
    int? ActionId = null,
    int? ImmediateResponseId = null,
    ToolKind Kind = ToolKind.DeepDive)
{
    public string Title => Task switch
    {
        InboxTask.AcknowledgeImmediateResponse => $"Acknowledge immediate response on audit {AuditReference}",
        InboxTask.StartAudit => $"Start {Kind.Wording()} {AuditReference}",
        InboxTask.FinishAudit when State == AuditState.ReturnedToAuditor => $"Add to returned {Kind.Wording()} {AuditReference}",
        InboxTask.FinishAudit => $"Finish {Kind.Wording()} {AuditReference}",
        InboxTask.Moderate => $"Moderate {Kind.Wording()} {AuditReference}",
        InboxTask.CoSign => $"Co-sign {Kind.Wording()} {AuditReference}",
        InboxTask.ReflectiveConversation => Detail is null
            ? $"Schedule the reflective conversation for audit {AuditReference}"
            : $"Record the reflective conversation for audit {AuditReference}",
        InboxTask.AnswerInvitation => $"Answer the invitation to the reflective conversation for audit {AuditReference}",
        InboxTask.CompleteAction => $"Complete an action on audit {AuditReference}",
        InboxTask.WriteReflections => $"Write your reflections on audit {AuditReference}",
        InboxTask.RespondToFindings => $"Read the findings of audit {AuditReference} and add your response",
        InboxTask.ReadFindings => $"Read the findings of audit {AuditReference}",
        InboxTask.DecideExtension => $"Extension requested for {AuditReference}",
        _ => AuditReference,
    };

    public bool IsReturned => State == AuditState.ReturnedToAuditor;

    public string Href => ImmediateResponseId is { } id ? $"/audits/{AuditId}/immediate-responses/{id}"
        : ActionId is { } action ? $"/actions/{action}"
        : Task == InboxTask.AnswerInvitation ? $"/audits/{AuditId}/conversation/answer"
        : Task == InboxTask.DecideExtension ? $"/audits/{AuditId}/extension"
        : $"/audits/{AuditId}";
}
