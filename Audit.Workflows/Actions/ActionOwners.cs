using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Actions;

/// <summary>
/// Who can sensibly own a corrective action on a case: its practitioner, their team manager and the service
/// manager. The owner list offers only them, and saving an action checks the choice again.
/// </summary>
public sealed class ActionOwners(AuditDbContext db)
{
    public async Task<IReadOnlyList<StaffMember>> ForAuditAsync(int auditId, CancellationToken cancellationToken = default)
    {
        var caseFile = await db.CaseAudits.AsNoTracking().Where(a => a.Id == auditId)
            .Select(a => new { a.CaseFile!.PractitionerId, a.CaseFile.Team!.TeamManagerId, a.CaseFile.Team.ServiceArea!.ServiceManagerId })
            .SingleOrDefaultAsync(cancellationToken);
        if (caseFile is null)
        {
            return [];
        }

        string?[] ids = [caseFile.PractitionerId, caseFile.TeamManagerId, caseFile.ServiceManagerId];
        return await db.Users.AsNoTracking().Where(u => u.IsActive && (ids.Contains(u.Id) || u.MayOwnActions)).OrderBy(u => u.FullName).ToListAsync(cancellationToken);
    }

    public async Task<bool> MayOwnAsync(int auditId, string? staffId, CancellationToken cancellationToken = default) =>
        staffId is not null && (await ForAuditAsync(auditId, cancellationToken)).Any(s => s.Id == staffId);
}
