using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Conversations;
using Audit.Workflows.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Audit.Workflows.Deadlines;

/// <summary>What one sweep did.</summary>
public sealed record DeadlineSweepResult(int Reminded, int Escalated, int Skipped);

/// <summary>
/// One pass over the open deadlines: a reminder for each whose reminder time has come, an escalation for each that
/// has passed. Each deadline is marked in the same save that writes its emails to the outbox, so a sweep that runs
/// twice (or on two servers) sends nothing twice. A deadline that passed while the application was stopped gets
/// only its escalation: a reminder for a date already missed would be noise.
/// </summary>
public sealed partial class DeadlineSweep(AuditDbContext db, DeadlineEmails emails, ConversationEmails conversationEmails, TimeProvider clock,
    ILogger<DeadlineSweep> logger)
{
    public async Task<DeadlineSweepResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var settings = await db.CurrentWorkflowSettingsAsync(cancellationToken);
        var dueIds = await db.Deadlines.AsNoTracking()
            .Where(d => d.CompletedAt == null
                && d.CaseAudit!.State != AuditState.Closed && d.CaseAudit.State != AuditState.Cancelled
                && ((d.EscalatedAt == null && d.DueAt <= now) || (d.ReminderSentAt == null && d.RemindAt <= now && d.DueAt > now)))
            .OrderBy(d => d.DueAt)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);

        int reminded = 0, escalated = 0, skipped = 0;
        foreach (var id in dueIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            db.ChangeTracker.Clear();
            var deadline = await db.Deadlines
                .Include(d => d.CaseAudit!).ThenInclude(a => a.CaseFile!).ThenInclude(c => c.Team!).ThenInclude(t => t.ServiceArea!).ThenInclude(s => s.Directorate)
                .FirstOrDefaultAsync(d => d.Id == id && d.CompletedAt == null, cancellationToken);
            if (deadline?.CaseAudit is not { } audit)
            {
                continue;
            }

            bool escalation;
            if (deadline.Kind == DeadlineKind.ConversationReminder && deadline.DueAt <= now)
            {
                // A reminder is only ever a reminder: once the conversation has started it is no longer owed.
                deadline.CompletedAt = now;
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }
            else if (deadline.DueAt <= now && deadline.EscalatedAt is null)
            {
                await EscalateAsync(deadline, audit, settings, cancellationToken);
                deadline.EscalatedAt = now;
                escalation = true;
            }
            else if (deadline.DueAt > now && deadline.RemindAt <= now && deadline.ReminderSentAt is null)
            {
                await RemindAsync(deadline, audit, cancellationToken);
                deadline.ReminderSentAt = now;
                escalation = false;
            }
            else
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (escalation)
                {
                    escalated++;
                }
                else
                {
                    reminded++;
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone completed, moved or swept this deadline since it was read: what they did stands.
                skipped++;
                LogSkipped(deadline.Id);
            }
        }

        db.ChangeTracker.Clear();
        if (reminded + escalated + skipped > 0)
        {
            LogSwept(reminded, escalated, skipped);
        }

        return new DeadlineSweepResult(reminded, escalated, skipped);
    }

    private async Task RemindAsync(Deadline deadline, CaseAudit audit, CancellationToken cancellationToken)
    {
        if (deadline.Kind == DeadlineKind.ConversationReminder)
        {
            var conversation = await db.ReflectiveConversations.AsNoTracking()
                .Where(c => c.CaseAuditId == audit.Id && c.CancelledAt == null).OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            foreach (var owner in conversation is null ? [] : await OwnersAsync(deadline, audit, cancellationToken))
            {
                conversationEmails.Reminder(audit, conversation!, owner);
            }

            return;
        }

        foreach (var owner in await OwnersAsync(deadline, audit, cancellationToken))
        {
            emails.Reminder(deadline, audit, owner);
        }
    }

    private async Task EscalateAsync(Deadline deadline, CaseAudit audit, WorkflowSettings settings, CancellationToken cancellationToken)
    {
        var told = new HashSet<string>();
        foreach (var owner in await OwnersAsync(deadline, audit, cancellationToken))
        {
            emails.OverdueToOwner(deadline, audit, owner);
            told.Add(owner.Id);
        }

        var named = deadline.OwnerId is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == deadline.OwnerId, cancellationToken);
        // An unacknowledged immediate response goes straight to the assistant director: a child may be unsafe now.
        var overseerId = deadline.Kind == DeadlineKind.ImmediateResponseAcknowledgement
            ? audit.CaseFile?.Team?.ServiceArea?.Directorate?.AssistantDirectorId
            : named is null ? null : await ManagerIdOfAsync(named.Id, audit, cancellationToken);
        if (named is not null && overseerId is { } managerId && told.Add(managerId)
            && await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == managerId, cancellationToken) is { } manager)
        {
            emails.OverdueToOverseer(deadline, audit, manager, named, asManager: true);
        }

        if (settings.EscalateToQaLead)
        {
            foreach (var qaLead in await ActiveStaffInRoleAsync(Roles.QaLead, cancellationToken))
            {
                if (told.Add(qaLead.Id))
                {
                    emails.OverdueToOverseer(deadline, audit, qaLead, named, asManager: false);
                }
            }
        }
    }

    /// <summary>The named owner, or for a pool task every active holder of the role except the audit's own auditor.</summary>
    private async Task<List<StaffMember>> OwnersAsync(Deadline deadline, CaseAudit audit, CancellationToken cancellationToken)
    {
        if (deadline.OwnerId is not null)
        {
            return await db.Users.AsNoTracking().Where(u => u.Id == deadline.OwnerId).ToListAsync(cancellationToken);
        }

        if (deadline.OwnerRole is null)
        {
            return [];
        }

        return (await ActiveStaffInRoleAsync(deadline.OwnerRole, cancellationToken)).Where(s => s.Id != audit.AuditorId).ToList();
    }

    /// <summary>
    /// Who manages the owner, for escalation: a service manager's assistant director (of the audited case's directorate
    /// when they lead its service area); otherwise the team manager of the owner's team; a team manager's own service
    /// manager. Assistant directors and people outside the organisation structure have no one extra.
    /// </summary>
    private async Task<string?> ManagerIdOfAsync(string ownerId, CaseAudit audit, CancellationToken cancellationToken)
    {
        var caseArea = audit.CaseFile?.Team?.ServiceArea;
        if (caseArea is not null && caseArea.ServiceManagerId == ownerId)
        {
            return caseArea.Directorate?.AssistantDirectorId;
        }

        var ledArea = await db.ServiceAreas.AsNoTracking().Where(s => s.ServiceManagerId == ownerId).OrderBy(s => s.Id)
            .Select(s => new { s.Directorate!.AssistantDirectorId }).FirstOrDefaultAsync(cancellationToken);
        if (ledArea is not null)
        {
            return ledArea.AssistantDirectorId;
        }

        var teamManagerId = await db.Users.AsNoTracking().Where(u => u.Id == ownerId && u.Team != null)
            .Select(u => u.Team!.TeamManagerId).FirstOrDefaultAsync(cancellationToken);
        if (teamManagerId is not null && teamManagerId != ownerId)
        {
            return teamManagerId;
        }

        return await db.Teams.AsNoTracking().Where(t => t.TeamManagerId == ownerId).OrderBy(t => t.Id)
            .Select(t => t.ServiceArea!.ServiceManagerId).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<List<StaffMember>> ActiveStaffInRoleAsync(string role, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == Roles.IdOf(role)))
            .OrderBy(u => u.FullName)
            .ToListAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline {DeadlineId} was changed by someone else during the sweep; left as they left it")]
    private partial void LogSkipped(long deadlineId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline sweep: {Reminded} reminded, {Escalated} escalated, {Skipped} skipped")]
    private partial void LogSwept(int reminded, int escalated, int skipped);
}
