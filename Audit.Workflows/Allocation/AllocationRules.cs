using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Allocation;

/// <summary>
/// Who may audit a case, read from the database: the rule itself is <see cref="AllocationConflicts"/>.
/// </summary>
public sealed class AllocationRules(AuditDbContext db)
{
    /// <summary>Why this person cannot audit this case, or null when they can. The case's team must be loaded.</summary>
    public Task<string?> ConflictAsync(string? auditorId, CaseFile caseFile, CancellationToken cancellationToken = default) =>
        ConflictAsync(auditorId, caseFile, ToolKind.DeepDive, cancellationToken);

    /// <summary>As above, for a tool.</summary>
    public async Task<string?> ConflictAsync(string? auditorId, CaseFile caseFile, ToolKind tool, CancellationToken cancellationToken = default)
    {
        var auditor = auditorId is null ? null : (await FactsAsync([auditorId], cancellationToken)).FirstOrDefault();
        return AllocationConflicts.Conflict(auditor, CaseFacts.Of(caseFile), tool);
    }

    /// <summary>The facts for these people (all active auditors when <paramref name="ids"/> is null), in two queries.</summary>
    public async Task<IReadOnlyList<AuditorFacts>> FactsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken = default)
    {
        var auditorRole = Roles.IdOf(Roles.Auditor);
        var pimRole = Roles.IdOf(Roles.PracticeImprovementManager);
        var people = db.Users.AsNoTracking();
        people = ids is null
            ? people.Where(u => u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == auditorRole))
            : people.Where(u => ids.Contains(u.Id));
        var rows = await people.Select(u => new { u.Id, u.FullName, u.TeamId, u.IsActive }).ToListAsync(cancellationToken);
        var rowIds = rows.Select(r => r.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(r => rowIds.Contains(r.UserId) && (r.RoleId == auditorRole || r.RoleId == pimRole))
            .Select(r => new { r.UserId, r.RoleId }).ToListAsync(cancellationToken);
        return rows.Select(r => new AuditorFacts(r.Id, r.FullName, r.TeamId, r.IsActive,
                roles.Any(x => x.UserId == r.Id && x.RoleId == auditorRole), roles.Any(x => x.UserId == r.Id && x.RoleId == pimRole)))
            .ToList();
    }
}
