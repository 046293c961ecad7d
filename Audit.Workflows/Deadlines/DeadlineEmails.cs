using System.Globalization;
using Audit.Workflows.Tools;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Deadlines;

/// <summary>
/// The reminder and overdue emails the deadline sweep sends. Each names the audit by its reference and links to it;
/// nothing about the child, not even the case system's reference.
/// </summary>
public sealed class DeadlineEmails(Outbox outbox, EmailTemplates templates, IOptions<AppOptions> app)
{
    public const string ReminderKind = "deadline-reminder";
    public const string OverdueKind = "deadline-overdue";

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>To the person (or each person in the pool) who must act, before the due date.</summary>
    public void Reminder(Deadline deadline, CaseAudit audit, StaffMember to) =>
        Send(to, ReminderKind, $"Reminder: {Subject(deadline.Kind, audit)} by {DueDate(deadline)}",
            [$"This is a reminder that you need to {Task(deadline.Kind, audit)} by {DueDate(deadline)}."],
            audit, LinkText(deadline.Kind), deadline);

    /// <summary>To the person (or each person in the pool) who should have acted, once the due date has passed.</summary>
    public void OverdueToOwner(Deadline deadline, CaseAudit audit, StaffMember to) =>
        Send(to, OverdueKind, $"Overdue: {Subject(deadline.Kind, audit)} was due by {DueDate(deadline)}",
            [$"You needed to {Task(deadline.Kind, audit)} by {DueDate(deadline)}. It has not been done yet.",
             "Please do it as soon as you can, or speak to your manager if something is stopping you."],
            audit, LinkText(deadline.Kind), deadline);

    /// <summary>
    /// To the owner's manager or a QA lead. <paramref name="owner"/> is null for a pool task, which anyone in
    /// <see cref="Deadline.OwnerRole"/> could have done.
    /// </summary>
    public void OverdueToOverseer(Deadline deadline, CaseAudit audit, StaffMember to, StaffMember? owner, bool asManager) =>
        Send(to, OverdueKind, $"Overdue: {Subject(deadline.Kind, audit)} was due by {DueDate(deadline)}",
            [
                owner is null
                    ? $"No one has yet done this task for audit {audit.Reference}, which any {(deadline.OwnerRole == Roles.QaLead ? "QA lead" : deadline.OwnerRole?.ToLowerInvariant() ?? "member of staff")} could do. It was due by {DueDate(deadline)}."
                    : $"{owner.FullName} needed to {Task(deadline.Kind, audit)} by {DueDate(deadline)}. It has not been done yet.",
                asManager
                    ? "You are receiving this because you manage them. Please check what is needed to get it done."
                    : "You are receiving this as a QA lead, because overdue work is escalated to QA leads.",
            ],
            audit, deadline.AuditActionId is null ? "View the audit" : "View the action", deadline);

    /// <summary>The UK date a deadline falls due: its instant is midnight at the end of that day.</summary>
    public static DateOnly DueDateOf(Deadline deadline) =>
        DateOnly.FromDateTime(UkTime.ToUk(deadline.DueAt).AddTicks(-1).DateTime);

    private static string DueDate(Deadline deadline) => DueDateOf(deadline).ToString("d MMMM yyyy", Uk);

    private static string Subject(DeadlineKind kind, CaseAudit audit) => kind switch
    {
        DeadlineKind.AuditDue => $"audit {audit.Reference}",
        DeadlineKind.ModerationDue => $"moderation of audit {audit.Reference}",
        DeadlineKind.CoSignDue => $"co-sign of audit {audit.Reference}",
        DeadlineKind.ConversationDue => $"reflective conversation for audit {audit.Reference}",
        DeadlineKind.ActionDue => $"an action from audit {audit.Reference}",
        DeadlineKind.ImmediateResponseAcknowledgement => $"URGENT immediate response for audit {audit.Reference}",
        _ => $"work on audit {audit.Reference}",
    };

    private static string Task(DeadlineKind kind, CaseAudit audit) => kind switch
    {
        DeadlineKind.AuditDue => $"complete {audit.ToolKind.Wording()} {audit.Reference}",
        DeadlineKind.ModerationDue => $"moderate {audit.ToolKind.Wording()} {audit.Reference}",
        DeadlineKind.CoSignDue => $"co-sign the moderation of {audit.ToolKind.Wording()} {audit.Reference}",
        DeadlineKind.ConversationDue => $"hold the reflective conversation for {audit.ToolKind.Wording()} {audit.Reference}",
        DeadlineKind.ActionDue => $"complete your action from {audit.ToolKind.Wording()} {audit.Reference}",
        DeadlineKind.ImmediateResponseAcknowledgement => $"acknowledge the immediate response raised on {audit.ToolKind.Wording()} {audit.Reference} and record what was done",
        _ => $"act on {audit.ToolKind.Wording()} {audit.Reference}",
    };

    private static string LinkText(DeadlineKind kind) => kind switch
    {
        DeadlineKind.ModerationDue => "Moderate the audit",
        DeadlineKind.CoSignDue => "Review the audit",
        DeadlineKind.ActionDue => "Open the action",
        _ => "Open the audit",
    };

    // An action's owner may see only the action, not the audit: its emails link to the action.
    private void Send(StaffMember to, string kind, string subject, IEnumerable<string> paragraphs, CaseAudit audit, string linkText, Deadline deadline)
    {
        if (to.Email is null || !to.IsActive)
        {
            return;
        }

        outbox.Enqueue(to.Email, to.FullName, templates.Notice(kind, subject, to.FullName, paragraphs, app.Value.Link(deadline.AuditActionId is { } actionId ? $"/actions/{actionId}" : $"/audits/{audit.Id}"), linkText));
    }
}
