using System.Globalization;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.DeepDive;

/// <summary>The workflow's emails. Each names the audit by its reference and links to it; nothing about the child.</summary>
public sealed class DeepDiveEmails(Outbox outbox, EmailTemplates templates, IOptions<AppOptions> app)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public void Allocated(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "audit-allocated", $"Audit {audit.Reference} has been allocated to you",
            [$"You have been allocated deep-dive audit {audit.Reference}.", $"Please complete it by {Date(audit.DueDate)}."],
            audit, "Open the audit");

    public void Reallocated(CaseAudit audit, StaffMember previousAuditor) =>
        Send(previousAuditor, "audit-reallocated", $"Audit {audit.Reference} has been given to someone else",
            [$"Deep-dive audit {audit.Reference} has been reallocated to another auditor. You do not need to do anything more with it."],
            audit, "View the audit");

    public void Extended(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "audit-extended", $"More time for audit {audit.Reference}",
            [$"The due date for deep-dive audit {audit.Reference} is now {Date(audit.DueDate)}.", ReadInAudit],
            audit, "Open the audit");

    public void ModerationNeeded(CaseAudit audit, StaffMember moderator, DateOnly due, string reason) =>
        Send(moderator, "moderation-needed", $"Audit {audit.Reference} needs moderation",
            [$"Deep-dive audit {audit.Reference} has been submitted and needs moderation by {Date(due)}.", reason + "."],
            audit, "Moderate the audit");

    public void ReturnedToAuditor(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "audit-returned", $"Audit {audit.Reference} has been returned to you",
            [$"A practice improvement manager has returned deep-dive audit {audit.Reference} for more evidence.", "Their comments are on the audit."],
            audit, "Open the audit");

    public void CoSignNeeded(CaseAudit audit, StaffMember assistantDirector, DateOnly due) =>
        Send(assistantDirector, "cosign-needed", $"Audit {audit.Reference} needs your co-sign",
            [$"Deep-dive audit {audit.Reference} has been moderated as {audit.FinalGrade?.Display().ToLowerInvariant()} and needs an assistant director's co-sign by {Date(due)}."],
            audit, "Review the audit");

    public void ConversationNeeded(CaseAudit audit, StaffMember serviceManager, DateOnly due) =>
        Send(serviceManager, "conversation-needed", $"Audit {audit.Reference} needs a reflective conversation",
            [$"The inadequate grade for deep-dive audit {audit.Reference} has been maintained after moderation.",
             $"Please hold a reflective conversation with the practitioner and their team manager by {Date(due)}."],
            audit, "Open the audit");

    public void Cancelled(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "audit-cancelled", $"Audit {audit.Reference} has been cancelled",
            [$"Deep-dive audit {audit.Reference} has been cancelled. You do not need to do anything more with it.", ReadInAudit],
            audit, "View the audit");

    // Free text people type (reasons, comments) can name a child, so it stays in Audit and never goes in an email.
    private const string ReadInAudit = "The reason is recorded on the audit.";

    private void Send(StaffMember to, string kind, string subject, IEnumerable<string> paragraphs, CaseAudit audit, string linkText)
    {
        if (to.Email is null || !to.IsActive)
        {
            return;
        }

        outbox.Enqueue(to.Email, to.FullName, templates.Notice(kind, subject, to.FullName, paragraphs, AuditLink(audit), linkText));
    }

    /// <summary>The link to the audit. Its id is known only once saved, so the link is built from the row.</summary>
    private Uri AuditLink(CaseAudit audit) => app.Value.Link($"/audits/{audit.Id}");

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Uk);
}
