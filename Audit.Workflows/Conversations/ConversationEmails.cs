using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Conversations;

/// <summary>
/// The reflective conversation's emails: invitations and updates carry the calendar (METHOD REQUEST), cancellations
/// METHOD CANCEL. Each names the audit by its reference, gives the time and place and links into Audit; never the
/// child, the case reference, the agenda note or a reason someone typed.
/// </summary>
public sealed class ConversationEmails(Outbox outbox, EmailTemplates templates, IOptions<AppOptions> app)
{
    public void Invitation(CaseAudit audit, ReflectiveConversation conversation, StaffMember to, bool isOrganiser, string ics, bool isUpdate) =>
        Send(to, isUpdate ? "conversation-updated" : "conversation-invitation",
            isUpdate ? $"Updated: reflective conversation for audit {audit.Reference}" : $"Invitation: reflective conversation for audit {audit.Reference}",
            [
                isOrganiser
                    ? $"You have {(isUpdate ? "moved" : "scheduled")} the reflective conversation for audit {audit.Reference}. The calendar invitation is attached for your own calendar."
                    : isUpdate
                        ? $"The reflective conversation for audit {audit.Reference} has been moved. Please answer the invitation again."
                        : $"You are invited to a reflective conversation about the learning from audit {audit.Reference}.",
                When(conversation), $"Where: {conversation.Location}.",
                isOrganiser ? "You will be told by email as people answer, and every answer is shown on the audit." : "Please accept, decline or propose another time in Audit.",
            ],
            isOrganiser ? AuditLink(audit) : AnswerLink(audit), isOrganiser ? "Open the audit" : "Answer the invitation", ics, ConversationCalendar.Request);

    public void Cancellation(CaseAudit audit, ReflectiveConversation conversation, StaffMember to, string ics) =>
        Send(to, "conversation-cancelled", $"Cancelled: reflective conversation for audit {audit.Reference}",
            [$"The reflective conversation for audit {audit.Reference}, planned for {EmailTemplates.FormatTime(conversation.StartsAt)}, has been cancelled.",
             "If a new time is arranged you will receive a new invitation."],
            AuditLink(audit), "Open the audit", ics, ConversationCalendar.Cancel);

    /// <summary>To the organiser: someone answered. Their reason for declining stays in Audit.</summary>
    public void Answered(CaseAudit audit, ConversationInvitee invitee, StaffMember organiser, string inviteeName) =>
        Send(organiser, "conversation-answer", $"{inviteeName} has {Verb(invitee.Answer)} the reflective conversation for audit {audit.Reference}",
            [
                invitee.Answer switch
                {
                    InvitationAnswer.Accepted => $"{inviteeName} will attend the reflective conversation for audit {audit.Reference}.",
                    InvitationAnswer.Declined => $"{inviteeName} cannot attend the reflective conversation for audit {audit.Reference}. Their reason is recorded on the audit.",
                    _ => $"{inviteeName} has proposed {Between(invitee.ProposedStart!.Value, invitee.ProposedEnd!.Value)} for the reflective conversation for audit {audit.Reference}.",
                },
                invitee.Answer == InvitationAnswer.ProposedNewTime ? "Accept the new time (everyone is sent the updated invitation) or keep the time you set." : "Every answer is shown on the audit.",
            ],
            AuditLink(audit), "Open the audit");

    /// <summary>To the person whose proposed time the organiser declined.</summary>
    public void ProposalDeclined(CaseAudit audit, ReflectiveConversation conversation, StaffMember to) =>
        Send(to, "conversation-proposal-declined", $"Your proposed time for audit {audit.Reference} was not accepted",
            [$"The organiser has kept the reflective conversation for audit {audit.Reference} at its time.", When(conversation),
             "Please accept or decline the invitation in Audit."],
            AnswerLink(audit), "Answer the invitation");

    /// <summary>To each person invited (and the organiser), the working day before.</summary>
    public void Reminder(CaseAudit audit, ReflectiveConversation conversation, StaffMember to) =>
        Send(to, "conversation-reminder", $"Reminder: reflective conversation for audit {audit.Reference}",
            [$"This is a reminder of the reflective conversation for audit {audit.Reference}.", When(conversation), $"Where: {conversation.Location}."],
            AuditLink(audit), "Open the audit");

    private static string When(ReflectiveConversation conversation) => $"When: {Between(conversation.StartsAt, conversation.EndsAt)}.";

    private static string Between(DateTimeOffset start, DateTimeOffset end)
    {
        var until = EmailTemplates.FormatTime(end);
        return $"{EmailTemplates.FormatTime(start)} until {until[..until.IndexOf(" on ", StringComparison.Ordinal)]} (UK time)";
    }

    private static string Verb(InvitationAnswer answer) => answer switch
    {
        InvitationAnswer.Accepted => "accepted",
        InvitationAnswer.Declined => "declined",
        _ => "proposed another time for",
    };

    private void Send(StaffMember to, string kind, string subject, IEnumerable<string> paragraphs, Uri link, string linkText,
        string? ics = null, string? method = null)
    {
        if (to.Email is null || !to.IsActive)
        {
            return;
        }

        outbox.Enqueue(to.Email, to.FullName, templates.Notice(kind, subject, to.FullName, paragraphs, link, linkText), calendarIcs: ics, calendarMethod: method);
    }

    private Uri AuditLink(CaseAudit audit) => app.Value.Link($"/audits/{audit.Id}");

    private Uri AnswerLink(CaseAudit audit) => app.Value.Link($"/audits/{audit.Id}/conversation/answer");
}
