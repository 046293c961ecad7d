using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Deadlines;

/// <summary>
/// Opens and completes deadline rows inside the caller's unit of work, so a stage and its deadline change together.
/// </summary>
public sealed class DeadlineScheduler(AuditDbContext db, WorkingDays workingDays, AuditAccess access)
{
    /// <summary>Reminders are sent at 8am UK time, when people are at work.</summary>
    public static readonly TimeOnly ReminderTime = new(8, 0);

    public async Task<Deadline> OpenAsync(CaseAudit audit, DeadlineKind kind, DateOnly dueDate, int reminderLeadWorkingDays,
        string? ownerId = null, string? ownerRole = null, int? actionId = null, CancellationToken cancellationToken = default)
    {
        var remindOn = await workingDays.SubtractAsync(dueDate, reminderLeadWorkingDays, cancellationToken);
        var deadline = new Deadline
        {
            Kind = kind,
            CaseAudit = audit,
            AuditActionId = actionId,
            OwnerId = ownerId,
            OwnerRole = ownerRole,
            DueAt = WorkingDays.EndOfUkDay(dueDate),
            RemindAt = WorkingDays.UkInstant(remindOn, ReminderTime),
        };
        db.Deadlines.Add(deadline);
        return deadline;
    }

    /// <summary>Marks the audit's open deadlines of these kinds as met (the stage they timed is over).</summary>
    public async Task CompleteAsync(CaseAudit audit, DateTimeOffset at, CancellationToken cancellationToken, params DeadlineKind[] kinds)
    {
        foreach (var deadline in await OpenDeadlinesAsync(audit, kinds, cancellationToken))
        {
            deadline.CompletedAt = at;
        }
    }

    /// <summary>Moves the audit's open deadline of this kind to a new date (an extension or a reallocation).</summary>
    public async Task RescheduleAsync(CaseAudit audit, DeadlineKind kind, DateOnly dueDate, int reminderLeadWorkingDays, string? ownerId, CancellationToken cancellationToken = default)
    {
        var remindOn = await workingDays.SubtractAsync(dueDate, reminderLeadWorkingDays, cancellationToken);
        foreach (var deadline in await OpenDeadlinesAsync(audit, [kind], cancellationToken))
        {
            deadline.DueAt = WorkingDays.EndOfUkDay(dueDate);
            deadline.RemindAt = WorkingDays.UkInstant(remindOn, ReminderTime);
            deadline.OwnerId = ownerId;
            // A new date deserves a new reminder and, if missed, a new escalation.
            deadline.ReminderSentAt = null;
            deadline.EscalatedAt = null;
        }
    }

    /// <summary>
    /// Gives the audit's open deadline of this kind to a new holder (a person, or a pool by role). When it changes
    /// hands before it is due, the reminder is owed again, now to the new holder. Returns false when the deadline was
    /// already theirs.
    /// </summary>
    public async Task<bool> HandOverAsync(CaseAudit audit, DeadlineKind kind, string? ownerId, string? ownerRole, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var changed = false;
        foreach (var deadline in await OpenDeadlinesAsync(audit, [kind], cancellationToken))
        {
            if (deadline.OwnerId == ownerId && deadline.OwnerRole == ownerRole)
            {
                continue;
            }

            deadline.OwnerId = ownerId;
            deadline.OwnerRole = ownerRole;
            if (deadline.DueAt > now)
            {
                deadline.ReminderSentAt = null;
            }

            changed = true;
        }

        return changed;
    }

    /// <summary>The audit's open deadline of this kind, if it has one.</summary>
    public async Task<Deadline?> OpenDeadlineAsync(CaseAudit audit, DeadlineKind kind, CancellationToken cancellationToken = default) =>
        (await OpenDeadlinesAsync(audit, [kind], cancellationToken)).MaxBy(d => d.DueAt);

    private async Task<List<Deadline>> OpenDeadlinesAsync(CaseAudit audit, DeadlineKind[] kinds, CancellationToken cancellationToken)
    {
        // Deadlines are only ever added to the context (OpenAsync), never reached through a navigation alone, so
        // the tracked ones are found without detecting changes.
        var tracked = db.WithoutDetectingChanges(() => db.ChangeTracker.Entries<Deadline>()
            .Select(e => e.Entity)
            .Where(d => d.CaseAudit == audit && d.CompletedAt == null && kinds.Contains(d.Kind))
            .ToList());
        // A new audit has none stored; a command that read the open deadlines with the audit has them all tracked.
        if (audit.Id == 0 || access.OpenDeadlinesLoaded(audit))
        {
            return tracked;
        }

        var stored = await db.Deadlines
            .Where(d => d.CaseAuditId == audit.Id && d.CompletedAt == null && kinds.Contains(d.Kind))
            .ToListAsync(cancellationToken);
        return stored.Union(tracked).ToList();
    }
}
