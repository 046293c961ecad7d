using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Stages;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Staff;

/// <summary>
/// The QA lead's view and care of staff accounts. People are never deleted: audits and history refer to them, so
/// someone who leaves is deactivated. Every change is recorded as an <see cref="AccountEvent"/>.
/// </summary>
public sealed class StaffService(AuditDbContext db, UserManager<StaffMember> users, AccountEvents events, StageHandover stages, TimeProvider clock)
{
    public const int RecentEventCount = 20;

    public async Task<IReadOnlyList<StaffListItem>> SearchAsync(StaffSearch search, CancellationToken cancellationToken = default)
    {
        // The historic import's stand-in for auditors not in Audit is nobody to manage.
        var query = db.Users.AsNoTracking().Where(u => u.Id != Imports.HistoricAuditImport.UnknownAuditorId);
        if (search.Text?.Trim() is { Length: > 0 } text)
        {
            var lowered = text.ToLowerInvariant();
            query = query.Where(u => u.FullName.ToLower().Contains(lowered) || u.Email!.ToLower().Contains(lowered));
        }

        query = search.Status switch
        {
            StaffStatus.Invited => query.Where(u => u.IsActive && u.PasswordHash == null),
            StaffStatus.Active => query.Where(u => u.IsActive && u.PasswordHash != null),
            StaffStatus.Deactivated => query.Where(u => !u.IsActive),
            _ => query,
        };

        if (search.Role is { } role && Roles.All.Contains(role))
        {
            var roleId = Roles.IdOf(role);
            query = query.Where(u => db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId));
        }

        var people = await query
            .Select(u => new { u.Id, u.FullName, u.Email, u.JobTitle, Team = u.Team!.Name, u.IsActive, HasPassword = u.PasswordHash != null })
            .ToListAsync(cancellationToken);
        var roles = await RolesOfAsync(people.Select(p => p.Id).ToArray(), cancellationToken);
        return people
            .OrderBy(p => p.FullName, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new StaffListItem(p.Id, p.FullName, p.Email ?? string.Empty, p.JobTitle, p.Team, roles[p.Id].ToList(), StatusOf(p.IsActive, p.HasPassword)))
            .ToList();
    }

    public async Task<StaffProfile?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var person = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id, u.FullName, u.Email, u.JobTitle, u.StaffNumber, u.TeamId, Team = u.Team!.Name, u.IsActive, HasPassword = u.PasswordHash != null,
                u.CreatedAt, u.LastSignInAt, u.DeactivatedAt, u.ConcurrencyStamp,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var roles = await RolesOfAsync([id], cancellationToken);
        var recent = await db.AccountEvents.AsNoTracking()
            .Where(e => e.StaffMemberId == id)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(RecentEventCount)
            .Select(e => new StaffEventView(e.Kind, e.OccurredAt, db.Users.Where(a => a.Id == e.ActorId).Select(a => a.FullName).FirstOrDefault(), e.Detail))
            .ToListAsync(cancellationToken);
        return new StaffProfile(person.Id, person.FullName, person.Email ?? string.Empty, person.JobTitle, person.StaffNumber, person.TeamId, person.Team, roles[id].ToList(),
            StatusOf(person.IsActive, person.HasPassword), person.CreatedAt, person.LastSignInAt, person.DeactivatedAt, person.ConcurrencyStamp, recent);
    }

    public async Task<CommandResult> EditDetailsAsync(string id, EditStaffDetailsCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var fullName = command.FullName?.Trim() ?? string.Empty;
        var jobTitle = string.IsNullOrWhiteSpace(command.JobTitle) ? null : command.JobTitle.Trim();
        var result = new CommandResult();
        if (fullName.Length == 0)
        {
            result.AddError(nameof(command.FullName), "Enter the person's full name");
        }
        else if (fullName.Length > Limits.PersonName)
        {
            result.AddError(nameof(command.FullName), $"Full name must be {Limits.PersonName} characters or fewer");
        }

        if (jobTitle is { Length: > Limits.JobTitle })
        {
            result.AddError(nameof(command.JobTitle), $"Job title must be {Limits.JobTitle} characters or fewer");
        }

        var staffNumber = StaffNumbers.Normalise(command.StaffNumber);
        if (await StaffNumbers.ProblemForAsync(db, staffNumber, id, cancellationToken) is { } staffNumberProblem)
        {
            result.AddError(nameof(command.StaffNumber), staffNumberProblem);
        }

        if (command.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            result.AddError(nameof(command.TeamId), "Select a team from the list");
        }

        if (!result.Succeeded)
        {
            return result;
        }

        var staff = await db.Users.Include(u => u.Team).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (staff is null)
        {
            return NotFound;
        }

        var changes = new List<string>();
        if (staff.FullName != fullName)
        {
            changes.Add($"Full name: {staff.FullName} → {fullName}");
        }

        if (staff.JobTitle != jobTitle)
        {
            changes.Add($"Job title: {staff.JobTitle ?? "none"} → {jobTitle ?? "none"}");
        }

        if (staff.StaffNumber != staffNumber)
        {
            changes.Add($"Staff number: {staff.StaffNumber ?? "none"} → {staffNumber ?? "none"}");
        }

        if (staff.TeamId != command.TeamId)
        {
            var newTeam = command.TeamId is { } newTeamId ? await db.Teams.Where(t => t.Id == newTeamId).Select(t => t.Name).FirstAsync(cancellationToken) : null;
            changes.Add($"Team: {staff.Team?.Name ?? "none"} → {newTeam ?? "none"}");
        }

        if (changes.Count == 0)
        {
            return CommandResult.Success;
        }

        ExpectStamp(staff, command.ConcurrencyStamp);
        staff.FullName = fullName;
        staff.JobTitle = jobTitle;
        staff.StaffNumber = staffNumber;
        staff.TeamId = command.TeamId;
        events.Add(AccountEventKind.DetailsChanged, staff.Id, staff.Email, actorId, string.Join("; ", changes));
        return await SaveAsync(cancellationToken);
    }

    public async Task<CommandResult> EditRolesAsync(string id, EditStaffRolesCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var wanted = command.Roles.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return CommandResult.Failure(nameof(command.Roles), "Select at least one role");
        }

        if (wanted.Except(Roles.All).Any())
        {
            return CommandResult.Failure(nameof(command.Roles), "Select roles from the list");
        }

        var staff = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (staff is null)
        {
            return NotFound;
        }

        var current = (await RolesOfAsync([id], cancellationToken))[id].ToList();
        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();
        if (id == actorId && removed.Contains(Roles.QaLead))
        {
            // Otherwise the last QA lead could lock everyone out of the administration pages.
            return CommandResult.Failure(nameof(command.Roles), "You cannot remove your own QA lead role");
        }

        if (added.Count == 0 && removed.Count == 0)
        {
            return CommandResult.Success;
        }

        // Role rows are changed directly so that they, the stamp and the history save together. The person's
        // session picks up the new roles when the security stamp validator next refreshes it (within a minute).
        foreach (var role in removed)
        {
            var roleId = Roles.IdOf(role);
            db.UserRoles.Remove(await db.UserRoles.FirstAsync(r => r.UserId == id && r.RoleId == roleId, cancellationToken));
        }

        db.UserRoles.AddRange(added.Select(role => new IdentityUserRole<string> { UserId = id, RoleId = Roles.IdOf(role) }));
        ExpectStamp(staff, command.ConcurrencyStamp);
        var detail = string.Join("; ", new[]
        {
            added.Count > 0 ? "Added: " + string.Join(", ", added) : null,
            removed.Count > 0 ? "Removed: " + string.Join(", ", removed) : null,
        }.Where(part => part is not null));
        events.Add(AccountEventKind.RolesChanged, staff.Id, staff.Email, actorId, detail);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>
    /// Stops the person signing in and ends their sessions (a new security stamp fails their cookie at its next
    /// check). Open invitation links stop working too. The open stages they held go to whoever now holds them — the QA
    /// leads, for a post they filled — in the same transaction.
    /// </summary>
    public async Task<CommandResult> DeactivateAsync(string id, string actorId, CancellationToken cancellationToken = default)
    {
        if (id == actorId)
        {
            return CommandResult.Failure(string.Empty, "You cannot deactivate your own account");
        }

        var staff = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (staff is null)
        {
            return NotFound;
        }

        if (!staff.IsActive)
        {
            return CommandResult.Success;
        }

        var now = clock.GetUtcNow();
        staff.IsActive = false;
        staff.DeactivatedAt = now;
        await foreach (var invitation in db.Invitations.Where(i => i.StaffMemberId == id && i.UsedAt == null && i.RevokedAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            invitation.RevokedAt = now;
        }

        events.Add(AccountEventKind.Deactivated, staff.Id, staff.Email, actorId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Sets a new stamp and saves everything above in the same SaveChanges.
        var updated = await users.UpdateSecurityStampAsync(staff);
        if (!updated.Succeeded)
        {
            return CommandResult.Conflict(ConcurrencyMessages.ChangedBySomeoneElse);
        }

        await stages.FollowPostHoldersAsync(actorId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Success;
    }

    public async Task<CommandResult> ReactivateAsync(string id, string actorId, CancellationToken cancellationToken = default)
    {
        var staff = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (staff is null)
        {
            return NotFound;
        }

        if (staff.IsActive)
        {
            return CommandResult.Success;
        }

        staff.IsActive = true;
        staff.DeactivatedAt = null;
        staff.ConcurrencyStamp = Guid.NewGuid().ToString();
        events.Add(AccountEventKind.Reactivated, staff.Id, staff.Email, actorId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Back in their post: the stages the post holds are theirs again.
        await stages.FollowPostHoldersAsync(actorId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Success;
    }

    private static CommandResult NotFound => CommandResult.Failure(string.Empty, "The person could not be found");

    private static StaffStatus StatusOf(bool isActive, bool hasPassword) =>
        !isActive ? StaffStatus.Deactivated : hasPassword ? StaffStatus.Active : StaffStatus.Invited;

    private async Task<ILookup<string, string>> RolesOfAsync(string[] staffIds, CancellationToken cancellationToken)
    {
        var pairs = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where staffIds.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        // Listed in the order of Roles.All (QA lead first), as on every page that shows roles.
        return pairs.OrderBy(p => IndexOfRole(p.Name)).ToLookup(p => p.UserId, p => p.Name!);
    }

    private static readonly Dictionary<string, int> RoleOrder = Roles.All.Select((role, index) => (role, index)).ToDictionary(p => p.role, p => p.index);

    private static int IndexOfRole(string? role) => role is not null && RoleOrder.TryGetValue(role, out var index) ? index : int.MaxValue;

    /// <summary>
    /// Identity's concurrency stamp is the person's version: the save fails if it changed since the form was shown.
    /// A new stamp marks this change for the next editor.
    /// </summary>
    private void ExpectStamp(StaffMember staff, string? postedStamp)
    {
        db.Entry(staff).Property(u => u.ConcurrencyStamp).OriginalValue = postedStamp;
        staff.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    private async Task<CommandResult> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict(ConcurrencyMessages.ChangedBySomeoneElse);
        }
        catch (DbUpdateException exception) when (StaffNumbers.IsTaken(exception))
        {
            db.ChangeTracker.Clear();
            return CommandResult.Failure(nameof(EditStaffDetailsCommand.StaffNumber), StaffNumbers.InUseMessage);
        }
    }
}
