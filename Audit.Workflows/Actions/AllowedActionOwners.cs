using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Identity;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Actions;

/// <summary>
/// The staff a QA lead allows to own actions on any audit, besides each case's practitioner, team manager and
/// service manager (<see cref="ActionOwners"/>). Each change is recorded as an account event ("details changed").
/// </summary>
public sealed class AllowedActionOwners(AuditDbContext db, AccountEvents events)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => u.MayOwnActions).OrderBy(u => u.FullName).ToListAsync(cancellationToken);

    /// <summary>Active staff who are not yet allowed, to choose from.</summary>
    public async Task<IReadOnlyList<StaffMember>> CandidatesAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => u.IsActive && !u.MayOwnActions).OrderBy(u => u.FullName).ToListAsync(cancellationToken);

    public async Task<CommandResult> SetAsync(string? staffId, bool allowed, string actorId, CancellationToken cancellationToken = default)
    {
        var staff = staffId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == staffId && (u.IsActive || !allowed), cancellationToken);
        if (staff is null)
        {
            return CommandResult.Failure("StaffId", "Select a member of staff");
        }

        if (staff.MayOwnActions == allowed)
        {
            return CommandResult.Success;
        }

        staff.MayOwnActions = allowed;
        events.Add(AccountEventKind.DetailsChanged, staff.Id, staff.Email, actorId,
            allowed ? "Allowed to own actions on any audit" : "No longer allowed to own actions on any audit");
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }
}
