using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive.Stages;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>Where an audit is, in brief: its stage, where it can go next, who holds it now, and by when.</summary>
public sealed record StageIndicator(AuditState State, IReadOnlyList<AuditState> Next, StageHolder Holder, DateOnly? Due, int? WorkingDaysLeft);

/// <summary>
/// Everything the audit's own page shows: the audit, its history, and the names of the people involved. When
/// <see cref="FindingsReleased"/> is false (the practitioner, before the grade is settled) the history is left out and
/// the page shows only the audit's reference and stage.
/// </summary>
public sealed record AuditOverview(
    CaseAudit Audit,
    IReadOnlyList<AuditHistoryEntry> History,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<AuditTrigger> Permitted,
    IReadOnlyList<GradeChangeView> GradeChanges,
    StageIndicator Stage,
    bool FindingsReleased = true)
{
    public string NameOf(string? staffId) =>
        staffId is not null && Names.TryGetValue(staffId, out var name) ? name : "Audit (automatic)";

    /// <summary>The grade changes a history row made.</summary>
    public IEnumerable<GradeChangeView> ChangesMadeBy(AuditHistoryEntry entry) => GradeChanges.Where(g => g.HistoryEntryId == entry.Id);
}

/// <summary>Reads an audit for display, only for people who may see it (null otherwise: the page answers 404).</summary>
public sealed class AuditOverviews(AuditDbContext db, AuditAccess access, DeepDiveWorkflows workflows, ModerationRecords moderation,
    DeadlineScheduler deadlines, WorkingDays workingDays, TimeProvider clock)
{
    public async Task<AuditOverview?> FindAsync(int auditId, string staffId, CancellationToken cancellationToken = default)
    {
        var audit = await access.FindVisibleAsync(auditId, staffId, cancellationToken: cancellationToken);
        if (audit is null)
        {
            return null;
        }

        var workflow = await workflows.ForAsync(audit, staffId, cancellationToken);
        var stage = await StageAsync(audit, cancellationToken);
        if (!AuditAccess.MayReadFindings(workflow.Actor, audit))
        {
            // Only that the audit exists, its reference and stage: its history holds grades and what people wrote.
            return new AuditOverview(audit, [], new Dictionary<string, string>(), workflow.PermittedTriggers(), [], stage, FindingsReleased: false);
        }

        var history = await db.AuditHistory.AsNoTracking()
            .Where(h => h.CaseAuditId == auditId)
            .OrderBy(h => h.Id)
            .ToListAsync(cancellationToken);
        var ids = history.Select(h => h.ActorId)
            .Concat(audit.Actions.Select(a => a.OwnerId))
            .Concat(audit.Actions.Select(a => a.CompletedById))
            .Append(audit.ModeratorId).Append(audit.CoSignedById).Append(audit.AllocatedById)
            .OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        return new AuditOverview(audit, history, names, workflow.PermittedTriggers(), await moderation.GradeChangesAsync(auditId, cancellationToken), stage);
    }

    private async Task<StageIndicator> StageAsync(CaseAudit audit, CancellationToken cancellationToken)
    {
        DateOnly? due = audit.Actions.Where(a => a.CompletedAt is null).Select(a => (DateOnly?)a.DueDate).Min();
        if (audit.State != AuditState.ActionsOutstanding)
        {
            var deadline = audit.State.StageDeadline() is { } kind ? await deadlines.OpenDeadlineAsync(audit, kind, cancellationToken) : null;
            due = deadline is null ? null : DeadlineEmails.DueDateOf(deadline);
        }

        int? left = due is { } d ? await workingDays.LeftAsync(UkTime.Today(clock), d, cancellationToken) : null;
        return new StageIndicator(audit.State, DeepDiveDiagram.NextStates(audit.State), StageHolding.For(audit), due, left);
    }

    /// <summary>Whether this person may fire the trigger on this audit now, and the reason when not.</summary>
    public Task<TriggerCheck> CheckAsync(CaseAudit audit, string staffId, AuditTrigger trigger, CancellationToken cancellationToken = default) =>
        workflows.CheckAsync(audit, staffId, trigger, cancellationToken);

    /// <summary>Active staff who hold the auditor role, by name: the choices when reallocating.</summary>
    public async Task<IReadOnlyList<StaffMember>> ActiveAuditorsAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == Roles.IdOf(Roles.Auditor)))
            .OrderBy(u => u.FullName)
            .ToListAsync(cancellationToken);

    /// <summary>Active staff by name: who may own an action.</summary>
    public async Task<IReadOnlyList<StaffMember>> ActiveStaffAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.FullName).ToListAsync(cancellationToken);
}
