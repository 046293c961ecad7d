using System.Globalization;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Actions;

/// <summary>
/// The emails of an action's life. Each names the audit by its reference and links to the action (or the audit);
/// never the action's text, a note, a reason or anything about the case: those can name a child.
/// </summary>
public sealed class ActionEmails(Outbox outbox, EmailTemplates templates, IOptions<AppOptions> app)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");
    private const string ReadOnAction = "What was written is recorded on the action in Audit.";

    /// <summary>To the new owner, when the auditor or a QA lead gives them the action.</summary>
    public void Assigned(CaseAudit audit, AuditAction action, StaffMember to) =>
        Send(to, "action-assigned", $"You own an action from audit {audit.Reference}",
            [$"An action from audit {audit.Reference} is now yours. It is due by {Date(action.DueDate)}.",
             "Record its progress in Audit, and mark it complete with a note of the evidence when it is done."],
            ActionLink(action), "Open the action");

    /// <summary>To the owner, when the action's due date is moved.</summary>
    public void DueDateChanged(CaseAudit audit, AuditAction action, StaffMember to) =>
        Send(to, "action-due-date-changed", $"New due date for your action from audit {audit.Reference}",
            [$"Your action from audit {audit.Reference} is now due by {Date(action.DueDate)}.", ReadOnAction],
            ActionLink(action), "Open the action");

    /// <summary>To the auditor and the practitioner's team manager, when the owner marks the action complete.</summary>
    public void ReadyToConfirm(CaseAudit audit, AuditAction action, StaffMember to) =>
        Send(to, "action-ready-to-confirm", $"An action from audit {audit.Reference} is ready to confirm",
            [$"The owner of an action from audit {audit.Reference} has marked it complete, with a note of the evidence.",
             "Please confirm it, or reopen it with a reason if more is needed."],
            ActionLink(action), "Confirm or reopen the action");

    public void Confirmed(CaseAudit audit, AuditAction action, StaffMember to) =>
        Send(to, "action-confirmed", $"Action confirmed: audit {audit.Reference}",
            [$"Your action from audit {audit.Reference} has been confirmed as complete. You do not need to do anything more with it."],
            ActionLink(action), "View the action");

    public void Reopened(CaseAudit audit, AuditAction action, StaffMember to) =>
        Send(to, "action-reopened", $"Action reopened: audit {audit.Reference}",
            [$"Your action from audit {audit.Reference} has been reopened: more is needed before it can be confirmed.",
             $"The reason is recorded on the action. It is due by {Date(action.DueDate)}."],
            ActionLink(action), "Open the action");

    /// <summary>To the auditor, who may see the audit.</summary>
    public void AuditClosedToAuditor(CaseAudit audit, StaffMember to) =>
        Send(to, "audit-closed", $"Audit {audit.Reference} has been closed",
            [$"Audit {audit.Reference} has been closed. You do not need to do anything more with it."],
            app.Value.Link($"/audits/{audit.Id}"), "View the audit");

    /// <summary>To an action owner, who may see only their action.</summary>
    public void AuditClosedToOwner(CaseAudit audit, AuditAction action, StaffMember to) =>
        Send(to, "audit-closed", $"Audit {audit.Reference} has been closed",
            [$"Audit {audit.Reference}, which your action came from, has been closed. You do not need to do anything more with it."],
            ActionLink(action), "View the action");

    private Uri ActionLink(AuditAction action) => app.Value.Link($"/actions/{action.Id}");

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Uk);

    private void Send(StaffMember to, string kind, string subject, IEnumerable<string> paragraphs, Uri link, string linkText)
    {
        if (to.Email is null || !to.IsActive)
        {
            return;
        }

        outbox.Enqueue(to.Email, to.FullName, templates.Notice(kind, subject, to.FullName, paragraphs, link, linkText));
    }
}
