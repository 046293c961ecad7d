using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>Everything the audit's own page shows: the audit, its history, and the names of the people involved.</summary>
public sealed record AuditOverview(
    CaseAudit Audit,
    IReadOnlyList<AuditHistoryEntry> History,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<AuditTrigger> Permitted)
{
    public string NameOf(string? staffId) =>
        staffId is not null && Names.TryGetValue(staffId, out var name) ? name : "Audit (automatic)";
}

/// <summary>Reads an audit for display, only for people who may see it (null otherwise: the page answers 404).</summary>
public sealed class AuditOverviews(AuditDbContext db, AuditAccess access, DeepDiveService service)
{
    public async Task<AuditOverview?> FindAsync(int auditId, string staffId, CancellationToken cancellationToken = default)
    {
        var audit = await access.FindVisibleAsync(auditId, staffId, cancellationToken: cancellationToken);
        if (audit is null)
        {
            return null;
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
        return new AuditOverview(audit, history, names, await service.PermittedAsync(audit, staffId, cancellationToken));
    }

    /// <summary>Whether this person may fire the trigger on this audit now, and the reason when not.</summary>
    public async Task<TriggerCheck> CheckAsync(CaseAudit audit, string staffId, AuditTrigger trigger, CancellationToken cancellationToken = default) =>
        new DeepDiveWorkflow(audit, await access.ActorAsync(staffId, audit, cancellationToken)).Check(trigger);

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
