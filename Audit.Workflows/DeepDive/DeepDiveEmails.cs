using System.Globalization;
using Audit.Workflows.Tools;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Stages;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.DeepDive;

/// <summary>The workflow's emails. Each names the audit by its reference and links to it; nothing about the child.</summary>
public sealed class DeepDiveEmails(Outbox outbox, EmailTemplates templates, IOptions<AppOptions> app)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public void Allocated(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "audit-allocated", $"Audit {audit.Reference} has been allocated to you",
            [$"You have been allocated {audit.ToolKind.Wording()} {audit.Reference}.", $"Please complete it by {Date(audit.DueDate)}."],
            audit, "Open the audit");

    public void Reallocated(CaseAudit audit, StaffMember previousAuditor) =>
        Send(previousAuditor, "audit-reallocated", $"Audit {audit.Reference} has been given to someone else",
            [$"{audit.ToolKind.SentenceWording()} {audit.Reference} has been reallocated to another auditor. You do not need to do anything more with it."],
            audit, "View the audit");

    public void Extended(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "audit-extended", $"More time for audit {audit.Reference}",
            [$"The due date for {audit.ToolKind.Wording()} {audit.Reference} is now {Date(audit.DueDate)}.", ReadInAudit],
            audit, "Open the audit");

    public void ModerationNeeded(CaseAudit audit, StaffMember moderator, DateOnly due, string reason) =>
        Send(moderator, "moderation-needed", $"Audit {audit.Reference} needs moderation",
            [$"{audit.ToolKind.SentenceWording()} {audit.Reference} has been submitted and needs moderation by {Date(due)}.", reason + "."],
            audit, "Moderate the audit");

    public void ReturnedToAuditor(CaseAudit audit, StaffMember auditor, DateOnly due) =>
        Send(auditor, "audit-returned", $"Audit {audit.Reference} has been returned to you",
            [$"A practice improvement manager has returned {audit.ToolKind.Wording()} {audit.Reference} for more evidence.",
             $"What they need is listed on your task list for the audit. Please add it and resubmit by {Date(due)}."],
            audit, "Open the audit");

    public void Moderated(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "audit-moderated", $"Audit {audit.Reference} has been moderated",
            [$"A practice improvement manager has moderated {audit.ToolKind.Wording()} {audit.Reference}.", "The outcome and their comments are on the audit."],
            audit, "Read the outcome");

    /// <summary>The moderation outcome, once the assistant director has co-signed it: the grade is settled.</summary>
    public void CoSigned(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "audit-cosigned", $"The moderation of audit {audit.Reference} has been co-signed",
            [$"The assistant director has co-signed the moderation of {audit.ToolKind.Wording()} {audit.Reference}, so its grade is now settled.",
             "The outcome is on the audit."],
            audit, "Read the outcome");

    /// <summary>To the moderator the audit comes back to: resubmitted after they returned it, or sent back by the assistant director.</summary>
    public void BackForModeration(CaseAudit audit, StaffMember moderator, DateOnly due, string why) =>
        Send(moderator, "moderation-back", $"Audit {audit.Reference} is back with you for moderation",
            [why, $"It is taken for you in the moderation queue. Please moderate it by {Date(due)}."],
            audit, "Moderate the audit");

    public void CoSignNeeded(CaseAudit audit, StaffMember assistantDirector, DateOnly due) =>
        Send(assistantDirector, "cosign-needed", $"Audit {audit.Reference} needs your co-sign",
            [$"{audit.ToolKind.SentenceWording()} {audit.Reference} has been moderated and needs the assistant director's co-sign by {Date(due)}.",
             "Read the moderation, then co-sign it or send it back to moderation."],
            audit, "Review the audit");

    public void ConversationNeeded(CaseAudit audit, StaffMember serviceManager, DateOnly due) =>
        Send(serviceManager, "conversation-needed", $"Audit {audit.Reference} needs a reflective conversation",
            [$"The inadequate grade for {audit.ToolKind.Wording()} {audit.Reference} has been confirmed after moderation.",
             $"Please hold a reflective conversation with the practitioner and their team manager by {Date(due)}."],
            audit, "Open the audit");

    /// <summary>To each QA lead, when the post that holds the stage has no one who can act.</summary>
    public void PostVacant(CaseAudit audit, StaffMember qaLead, Post post, DateOnly due) =>
        Send(qaLead, "post-vacant", $"Audit {audit.Reference} is waiting for a {post.Name()} who is not in post",
            [$"{audit.ToolKind.SentenceWording()} {audit.Reference} needs the {post.Name()} for its service by {Date(due)}, but no {post.Name()} who can act is recorded.",
             $"As a QA lead you can act for the {post.Name()}, or name a stand-in."],
            audit, "Open the audit");

    public void StandInNamed(CaseAudit audit, StaffMember standIn, Post post, DateOnly due) =>
        Send(standIn, "stand-in-named", $"You are standing in for the {post.Name()} on audit {audit.Reference}",
            [$"A QA lead has asked you to stand in for the {post.Name()} on {audit.ToolKind.Wording()} {audit.Reference}.", $"Please act on it by {Date(due)}."],
            audit, "Open the audit");

    /// <summary>To the practitioner and their team manager when moderation confirms good or outstanding work.</summary>
    public void GoodPractice(CaseAudit audit, StaffMember to) =>
        Send(to, "good-practice", $"Good practice recognised in audit {audit.Reference}",
            [$"{audit.ToolKind.SentenceWording()} {audit.Reference}, of work you did or oversee, has been confirmed after moderation as an example of good practice.",
             "Thank you. The audit and what the auditor found are in Audit, and it will be shared as good practice."],
            audit, "Read the audit");

    public void Cancelled(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "audit-cancelled", $"Audit {audit.Reference} has been cancelled",
            [$"{audit.ToolKind.SentenceWording()} {audit.Reference} has been cancelled. You do not need to do anything more with it.", ReadInAudit],
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
