using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Actions;

/// <summary>What every action command does first: find the action on the audit and ask the workflow about it.</summary>
internal static class ActionStep
{
    public const string NotFound = "The action could not be found";

    /// <summary>The action, or the refusal to give the person (the workflow's reason when it says no).</summary>
    public static (AuditAction? Action, CommandResult? Refusal) Find(AuditCommandContext context, int actionId, AuditTrigger trigger)
    {
        var action = context.Audit.Actions.FirstOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return (null, CommandResult.Failure(string.Empty, NotFound));
        }

        return context.Workflow.CheckAction(trigger, action) is { IsAllowed: false, Reason: { } reason }
            ? (action, CommandResult.Failure(string.Empty, reason))
            : (action, null);
    }

    /// <summary>A required piece of free text, trimmed, or an error on the field.</summary>
    public static string? Required(CommandResult errors, string field, string? text, string whenMissing, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.AddError(field, whenMissing);
            return null;
        }

        if (text.Length > Limits.ShortText)
        {
            errors.AddError(field, $"{name} must be {Limits.ShortText} characters or fewer");
            return null;
        }

        return text.Trim();
    }

    /// <summary>The history row for a step on one action, shown on the audit and on the action.</summary>
    public static void History(AuditCommandContext context, AuditAction action, string comment) =>
        context.History(comment).AuditActionId = action.Id;
}

/// <summary>
/// The deadline row of one action (<see cref="DeadlineKind.ActionDue"/>), which the sweep uses to remind the owner
/// before the due date and to escalate to their manager once it has passed. Changes inside the caller's unit of work.
/// </summary>
public sealed class ActionDeadlines(AuditDbContext db, DeadlineScheduler scheduler, WorkingDays workingDays)
{
    public async Task CompleteAsync(AuditAction action, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var deadline in await OpenAsync(action, cancellationToken))
        {
            deadline.CompletedAt = at;
        }
    }

    /// <summary>A reopened action is the owner's work again, due by its due date.</summary>
    public Task ReopenAsync(CaseAudit audit, AuditAction action, int reminderLeadWorkingDays, CancellationToken cancellationToken) =>
        EnsureOpenAsync(audit, action, reminderLeadWorkingDays, cancellationToken);

    /// <summary>
    /// An action still to do has its deadline row, opened once, for its owner by its due date: every way an action
    /// comes to be owed (the audit reaching its actions, an action agreed at the reflective conversation, a reopening)
    /// goes through here. A new action has no id until it is saved, so its row opens then, in the same unit of work.
    /// </summary>
    public Task OpenAsync(AuditCommandContext context, AuditAction action, CancellationToken cancellationToken)
    {
        var lead = context.Settings.ReminderLeadWorkingDays;
        if (action.Id == 0)
        {
            context.AfterSave(token => EnsureOpenAsync(context.Audit, action, lead, token));
            return Task.CompletedTask;
        }

        return EnsureOpenAsync(context.Audit, action, lead, cancellationToken);
    }

    private async Task EnsureOpenAsync(CaseAudit audit, AuditAction action, int reminderLeadWorkingDays, CancellationToken cancellationToken)
    {
        if ((await OpenAsync(action, cancellationToken)).Count == 0)
        {
            await scheduler.OpenAsync(audit, DeadlineKind.ActionDue, action.DueDate, reminderLeadWorkingDays,
                ownerId: action.OwnerId, actionId: action.Id, cancellationToken: cancellationToken);
        }
    }

    /// <summary>A new owner or date: the reminder (and, if missed, the escalation) is owed again, to the owner now.</summary>
    public async Task ChangeAsync(AuditAction action, int reminderLeadWorkingDays, CancellationToken cancellationToken)
    {
        var remindOn = await workingDays.SubtractAsync(action.DueDate, reminderLeadWorkingDays, cancellationToken);
        foreach (var deadline in await OpenAsync(action, cancellationToken))
        {
            deadline.OwnerId = action.OwnerId;
            deadline.DueAt = WorkingDays.EndOfUkDay(action.DueDate);
            deadline.RemindAt = WorkingDays.UkInstant(remindOn, DeadlineScheduler.ReminderTime);
            deadline.ReminderSentAt = null;
            deadline.EscalatedAt = null;
        }
    }

    /// <summary>Every open deadline of the audit's actions, met or not, ends when the audit closes.</summary>
    public async Task CloseAllAsync(CaseAudit audit, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var deadline in await db.Deadlines.Where(d => d.CaseAuditId == audit.Id && d.CompletedAt == null).ToListAsync(cancellationToken))
        {
            deadline.CompletedAt = at;
        }
    }

    private Task<List<Deadline>> OpenAsync(AuditAction action, CancellationToken cancellationToken) =>
        db.Deadlines.Where(d => d.AuditActionId == action.Id && d.CompletedAt == null && d.Kind == DeadlineKind.ActionDue).ToListAsync(cancellationToken);
}

/// <summary>Closing an audit, by its own rule or a QA lead's decision: deadlines end, the auditor and the action owners are told.</summary>
public sealed class AuditClosing(AuditDbContext db, ActionDeadlines deadlines, ActionEmails emails)
{
    public async Task CloseAsync(AuditCommandContext context, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        audit.ClosedAt = context.Now;
        await deadlines.CloseAllAsync(audit, context.Now, cancellationToken);
        var auditor = await db.PersonAsync(audit.AuditorId, cancellationToken);
        emails.AuditClosedToAuditor(audit, auditor);
        foreach (var action in audit.Actions.Where(a => a.OwnerId != audit.AuditorId).DistinctBy(a => a.OwnerId))
        {
            emails.AuditClosedToOwner(audit, action, await db.PersonAsync(action.OwnerId, cancellationToken));
        }
    }
}
