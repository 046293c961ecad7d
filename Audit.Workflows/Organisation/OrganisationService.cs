using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Stages;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Organisation;

/// <summary>
/// Directorates, service areas and teams, kept by the QA lead. Units are never deleted: audits, cases and people
/// refer to them, and the history must still read correctly. When an edit changes who holds a post for an audit (a new
/// assistant director or service manager, or a team or service area moved), the audits' open stages follow the new
/// holder in the same transaction.
/// </summary>
public sealed class OrganisationService(AuditDbContext db, StageHandover stages)
{
    private static readonly StringComparer NameOrder = StringComparer.CurrentCultureIgnoreCase;

    public async Task<OrganisationTree> TreeAsync(CancellationToken cancellationToken = default)
    {
        var directorates = await db.Directorates.AsNoTracking()
            .Select(d => new { d.Id, d.Name, AssistantDirector = d.AssistantDirector!.FullName })
            .ToListAsync(cancellationToken);
        var serviceAreas = await db.ServiceAreas.AsNoTracking()
            .Select(s => new { s.Id, s.Name, s.DirectorateId, ServiceManager = s.ServiceManager!.FullName })
            .ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking()
            .Select(t => new { t.Id, t.Name, t.ServiceAreaId, TeamManager = t.TeamManager!.FullName, Members = t.Members.Count(m => m.IsActive) })
            .ToListAsync(cancellationToken);

        // Sorted here rather than in SQL: SQLite orders text case-sensitively ("Zeta" before "alpha").
        var teamsByService = teams.ToLookup(t => t.ServiceAreaId);
        var servicesByDirectorate = serviceAreas.ToLookup(s => s.DirectorateId);
        return new OrganisationTree(directorates.OrderBy(d => d.Name, NameOrder).Select(d => new DirectorateNode(
            d.Id, d.Name, d.AssistantDirector,
            servicesByDirectorate[d.Id].OrderBy(s => s.Name, NameOrder).Select(s => new ServiceAreaNode(
                s.Id, s.Name, s.ServiceManager,
                teamsByService[s.Id].OrderBy(t => t.Name, NameOrder).Select(t => new TeamNode(t.Id, t.Name, t.TeamManager, t.Members)).ToList())).ToList())).ToList());
    }

    /// <summary>
    /// Active staff holding <paramref name="role"/>, for choosing a manager. The person currently in the post is
    /// included even if they no longer qualify, so editing something else does not force a change of manager.
    /// </summary>
    public async Task<IReadOnlyList<Choice<string>>> PeopleWithRoleAsync(string role, string? currentHolderId = null, CancellationToken cancellationToken = default)
    {
        var roleId = Roles.IdOf(role);
        var people = await db.Users.AsNoTracking()
            .Where(u => (u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId)) || u.Id == currentHolderId)
            .Select(u => new Choice<string>(u.Id, u.IsActive ? u.FullName : u.FullName + " (deactivated)"))
            .ToListAsync(cancellationToken);
        return people.OrderBy(p => p.Name, NameOrder).ToList();
    }

    public async Task<IReadOnlyList<Choice<int>>> DirectoratesAsync(CancellationToken cancellationToken = default) =>
        (await db.Directorates.AsNoTracking().Select(d => new Choice<int>(d.Id, d.Name)).ToListAsync(cancellationToken))
            .OrderBy(d => d.Name, NameOrder).ToList();

    public async Task<IReadOnlyList<Choice<int>>> ServiceAreasAsync(CancellationToken cancellationToken = default) =>
        (await db.ServiceAreas.AsNoTracking().Select(s => new Choice<int>(s.Id, s.Name)).ToListAsync(cancellationToken))
            .OrderBy(s => s.Name, NameOrder).ToList();

    public async Task<IReadOnlyList<Choice<int>>> TeamsAsync(CancellationToken cancellationToken = default) =>
        (await db.Teams.AsNoTracking().Select(t => new Choice<int>(t.Id, t.Name)).ToListAsync(cancellationToken))
            .OrderBy(t => t.Name, NameOrder).ToList();

    public Task<DirectorateRecord?> FindDirectorateAsync(int id, CancellationToken cancellationToken = default) =>
        db.Directorates.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new DirectorateRecord(d.Id, d.Name, d.AssistantDirectorId, d.AssistantDirector!.FullName, d.Version))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<ServiceAreaRecord?> FindServiceAreaAsync(int id, CancellationToken cancellationToken = default) =>
        db.ServiceAreas.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new ServiceAreaRecord(s.Id, s.Name, s.DirectorateId, s.Directorate!.Name, s.ServiceManagerId, s.ServiceManager!.FullName, s.Version))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<TeamRecord?> FindTeamAsync(int id, CancellationToken cancellationToken = default) =>
        db.Teams.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TeamRecord(t.Id, t.Name, t.ServiceAreaId, t.ServiceArea!.Name, t.TeamManagerId, t.TeamManager!.FullName, t.Version))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<CommandResult> AddDirectorateAsync(DirectorateCommand command, CancellationToken cancellationToken = default)
    {
        var name = Clean(command.Name);
        var result = await ValidateDirectorateAsync(command, name, null, null, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        db.Directorates.Add(new Directorate { Name = name, AssistantDirectorId = Blank(command.AssistantDirectorId) });
        return await SaveAsync(DirectorateNames(null), name, "directorate", cancellationToken);
    }

    public async Task<CommandResult> EditDirectorateAsync(int id, int version, DirectorateCommand command, CancellationToken cancellationToken = default)
    {
        var directorate = await db.Directorates.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (directorate is null)
        {
            return CommandResult.Failure(string.Empty, "The directorate could not be found");
        }

        var name = Clean(command.Name);
        var result = await ValidateDirectorateAsync(command, name, id, directorate.AssistantDirectorId, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        db.Entry(directorate).Property(d => d.Version).OriginalValue = version;
        directorate.Name = name;
        directorate.AssistantDirectorId = Blank(command.AssistantDirectorId);
        return await SaveAsync(DirectorateNames(id), name, "directorate", cancellationToken, followPostHolders: true);
    }

    public async Task<CommandResult> AddServiceAreaAsync(ServiceAreaCommand command, CancellationToken cancellationToken = default)
    {
        var name = Clean(command.Name);
        var result = await ValidateServiceAreaAsync(command, name, null, null, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        db.ServiceAreas.Add(new ServiceArea { Name = name, DirectorateId = command.DirectorateId!.Value, ServiceManagerId = Blank(command.ServiceManagerId) });
        return await SaveAsync(ServiceAreaNames(null), name, "service area", cancellationToken);
    }

    public async Task<CommandResult> EditServiceAreaAsync(int id, int version, ServiceAreaCommand command, CancellationToken cancellationToken = default)
    {
        var serviceArea = await db.ServiceAreas.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (serviceArea is null)
        {
            return CommandResult.Failure(string.Empty, "The service area could not be found");
        }

        var name = Clean(command.Name);
        var result = await ValidateServiceAreaAsync(command, name, id, serviceArea.ServiceManagerId, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        db.Entry(serviceArea).Property(s => s.Version).OriginalValue = version;
        serviceArea.Name = name;
        serviceArea.DirectorateId = command.DirectorateId!.Value;
        serviceArea.ServiceManagerId = Blank(command.ServiceManagerId);
        return await SaveAsync(ServiceAreaNames(id), name, "service area", cancellationToken, followPostHolders: true);
    }

    public async Task<CommandResult> AddTeamAsync(TeamCommand command, CancellationToken cancellationToken = default)
    {
        var name = Clean(command.Name);
        var result = await ValidateTeamAsync(command, name, null, null, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        db.Teams.Add(new Team { Name = name, ServiceAreaId = command.ServiceAreaId!.Value, TeamManagerId = Blank(command.TeamManagerId) });
        return await SaveAsync(TeamNames(null), name, "team", cancellationToken);
    }

    public async Task<CommandResult> EditTeamAsync(int id, int version, TeamCommand command, CancellationToken cancellationToken = default)
    {
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return CommandResult.Failure(string.Empty, "The team could not be found");
        }

        var name = Clean(command.Name);
        var result = await ValidateTeamAsync(command, name, id, team.TeamManagerId, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        db.Entry(team).Property(t => t.Version).OriginalValue = version;
        team.Name = name;
        team.ServiceAreaId = command.ServiceAreaId!.Value;
        team.TeamManagerId = Blank(command.TeamManagerId);
        return await SaveAsync(TeamNames(id), name, "team", cancellationToken, followPostHolders: true);
    }

    private async Task<CommandResult> ValidateDirectorateAsync(DirectorateCommand command, string name, int? id, string? currentHolderId, CancellationToken cancellationToken)
    {
        var result = new CommandResult();
        await CheckNameAsync(result, name, "directorate", DirectorateNames(id), cancellationToken);
        await CheckPersonAsync(result, nameof(command.AssistantDirectorId), command.AssistantDirectorId, Roles.AssistantDirector, currentHolderId,
            "Select an assistant director from the list", cancellationToken);
        return result;
    }

    private async Task<CommandResult> ValidateServiceAreaAsync(ServiceAreaCommand command, string name, int? id, string? currentHolderId, CancellationToken cancellationToken)
    {
        var result = new CommandResult();
        await CheckNameAsync(result, name, "service area", ServiceAreaNames(id), cancellationToken);
        if (command.DirectorateId is not { } directorateId)
        {
            result.AddError(nameof(command.DirectorateId), "Select a directorate");
        }
        else if (!await db.Directorates.AnyAsync(d => d.Id == directorateId, cancellationToken))
        {
            result.AddError(nameof(command.DirectorateId), "Select a directorate from the list");
        }

        await CheckPersonAsync(result, nameof(command.ServiceManagerId), command.ServiceManagerId, Roles.ServiceManager, currentHolderId,
            "Select a service manager from the list", cancellationToken);
        return result;
    }

    private async Task<CommandResult> ValidateTeamAsync(TeamCommand command, string name, int? id, string? currentHolderId, CancellationToken cancellationToken)
    {
        var result = new CommandResult();
        await CheckNameAsync(result, name, "team", TeamNames(id), cancellationToken);
        if (command.ServiceAreaId is not { } serviceAreaId)
        {
            result.AddError(nameof(command.ServiceAreaId), "Select a service area");
        }
        else if (!await db.ServiceAreas.AnyAsync(s => s.Id == serviceAreaId, cancellationToken))
        {
            result.AddError(nameof(command.ServiceAreaId), "Select a service area from the list");
        }

        await CheckPersonAsync(result, nameof(command.TeamManagerId), command.TeamManagerId, Roles.TeamManager, currentHolderId,
            "Select a team manager from the list", cancellationToken);
        return result;
    }

    private static async Task CheckNameAsync(CommandResult result, string name, string kind, IQueryable<string> otherNames, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            result.AddError("Name", $"Enter a name for the {kind}");
        }
        else if (name.Length > Limits.OrganisationName)
        {
            result.AddError("Name", $"Name must be {Limits.OrganisationName} characters or fewer");
        }
        else if (await IsTakenAsync(otherNames, name, cancellationToken))
        {
            result.AddError("Name", DuplicateMessage(kind, name));
        }
    }

    /// <summary>
    /// Compared in memory: there are only dozens of units, and SQLite's own case-insensitive comparison ignores
    /// case for A–Z only.
    /// </summary>
    private static async Task<bool> IsTakenAsync(IQueryable<string> otherNames, string name, CancellationToken cancellationToken) =>
        (await otherNames.ToListAsync(cancellationToken)).Contains(name, StringComparer.OrdinalIgnoreCase);

    private static string DuplicateMessage(string kind, string name) => $"A {kind} called {name} already exists";

    private async Task CheckPersonAsync(CommandResult result, string field, string? personId, string role, string? currentHolderId, string message, CancellationToken cancellationToken)
    {
        personId = Blank(personId);
        if (personId is null || personId == currentHolderId)
        {
            return;
        }

        var roleId = Roles.IdOf(role);
        var eligible = await db.Users.AnyAsync(u => u.Id == personId && u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId), cancellationToken);
        if (!eligible)
        {
            result.AddError(field, message);
        }
    }

    private IQueryable<string> DirectorateNames(int? exceptId) => db.Directorates.Where(d => d.Id != exceptId).Select(d => d.Name);

    private IQueryable<string> ServiceAreaNames(int? exceptId) => db.ServiceAreas.Where(s => s.Id != exceptId).Select(s => s.Name);

    private IQueryable<string> TeamNames(int? exceptId) => db.Teams.Where(t => t.Id != exceptId).Select(t => t.Name);

    /// <summary>
    /// Saves, turning a stale edit into a conflict and a name taken since validation into its message; after an edit,
    /// open stages follow the posts' holders in the same transaction.
    /// </summary>
    private async Task<CommandResult> SaveAsync(IQueryable<string> otherNames, string name, string kind, CancellationToken cancellationToken,
        bool followPostHolders = false)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (followPostHolders)
            {
                await stages.FollowPostHoldersAsync(actorId: null, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict(ConcurrencyMessages.ChangedBySomeoneElse);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same name between our check and our save; the unique index refused ours.
            await transaction.RollbackAsync(cancellationToken);
            if (await IsTakenAsync(otherNames, name, cancellationToken))
            {
                return CommandResult.Failure("Name", DuplicateMessage(kind, name));
            }

            throw;
        }
    }

    private static string Clean(string? value) => value?.Trim() ?? string.Empty;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
