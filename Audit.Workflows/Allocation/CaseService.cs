using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Settings;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Allocation;

/// <summary>
/// The cases the QA lead can allocate: added by hand from the case management system's reference. Audit never holds
/// the child's name; the auditor reads the record in the other system.
/// </summary>
public sealed class CaseService(AuditDbContext db, WorkingDays workingDays, TimeProvider clock)
{
    /// <summary>Cases per page of the QA lead's list.</summary>
    public const int PageSize = 50;

    /// <summary>A page of cases, newest first, optionally searched by reference; a page past the end shows the last.</summary>
    public async Task<CaseListPage> ListAsync(string? referenceSearch, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.CaseFiles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(referenceSearch))
        {
            var term = referenceSearch.Trim().ToUpperInvariant();
            query = query.Where(c => c.Reference.ToUpper().Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var items = await query
            .OrderByDescending(c => c.Id)
            .Skip((current - 1) * PageSize).Take(PageSize)
            .Select(c => new CaseSummary(
                c.Id,
                c.Reference,
                c.CaseType,
                c.Team!.Name,
                c.Practitioner == null ? null : c.Practitioner.FullName,
                c.Audits.OrderByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefault(),
                c.Audits.OrderByDescending(a => a.Id).Select(a => (AuditState?)a.State).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new CaseListPage(items, total, current, pageCount);
    }

    /// <summary>The case with its team, practitioner and audits (newest first), or null.</summary>
    public async Task<CaseFile?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var caseFile = await db.CaseFiles.AsNoTracking()
            .Include(c => c.Team!).ThenInclude(t => t.ServiceArea)
            .Include(c => c.Practitioner)
            .Include(c => c.Audits).ThenInclude(a => a.Auditor)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        caseFile?.Audits.Sort((a, b) => b.Id.CompareTo(a.Id));
        return caseFile;
    }

    public async Task<CommandResult<CaseFile>> AddAsync(AddCaseCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var errors = new CommandResult();
        var reference = command.Reference?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            errors.AddError(nameof(command.Reference), "Enter the case reference");
        }
        else if (reference.Length > Limits.CaseReference)
        {
            errors.AddError(nameof(command.Reference), $"Case reference must be {Limits.CaseReference} characters or fewer");
        }
        else if (CaseReferenceFormat.For((await db.CurrentWorkflowSettingsAsync(cancellationToken)).CaseReferencePattern) is { } format && !format.Accepts(reference))
        {
            errors.AddError(nameof(command.Reference), format.Refusal);
        }
        else if (await db.CaseFiles.AnyAsync(c => c.Reference == reference, cancellationToken))
        {
            errors.AddError(nameof(command.Reference), $"A case with reference {reference} already exists");
        }

        if (command.CaseType is not { } caseType || !Enum.IsDefined(caseType))
        {
            errors.AddError(nameof(command.CaseType), "Select the type of case");
        }

        if (command.AgeBand is { } band && !Enum.IsDefined(band))
        {
            errors.AddError(nameof(command.AgeBand), "Select an age band from the list");
        }

        var teamExists = command.TeamId is { } teamId && await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken);
        if (!teamExists)
        {
            errors.AddError(nameof(command.TeamId), "Select the team");
        }

        if (string.IsNullOrEmpty(command.PractitionerId))
        {
            errors.AddError(nameof(command.PractitionerId), "Select the practitioner");
        }
        else if (teamExists && !await PractitionersQuery().AnyAsync(s => s.Id == command.PractitionerId && s.TeamId == command.TeamId, cancellationToken))
        {
            errors.AddError(nameof(command.PractitionerId), "Select a practitioner in the team");
        }

        if (!errors.Succeeded)
        {
            return CommandResult<CaseFile>.Failure(errors);
        }

        var caseFile = new CaseFile
        {
            Reference = reference!,
            CaseType = command.CaseType!.Value,
            AgeBand = command.AgeBand,
            TeamId = command.TeamId!.Value,
            PractitionerId = command.PractitionerId,
            CreatedAt = clock.GetUtcNow(),
            CreatedById = actorId,
        };
        db.CaseFiles.Add(caseFile);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone added the same reference between the check and the save: the unique index refused it.
            db.ChangeTracker.Clear();
            if (!await db.CaseFiles.AnyAsync(c => c.Reference == reference, cancellationToken))
            {
                throw;
            }

            return CommandResult<CaseFile>.Failure(nameof(command.Reference), $"A case with reference {reference} already exists");
        }

        return CommandResult<CaseFile>.Success(caseFile);
    }

    public async Task<IReadOnlyList<Choice>> TeamsAsync(CancellationToken cancellationToken = default) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new Choice(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Name))
            .ToListAsync(cancellationToken);

    /// <summary>Active practitioners with a team, named with their team so the one list serves every team.</summary>
    public async Task<IReadOnlyList<Choice>> PractitionersAsync(CancellationToken cancellationToken = default) =>
        await PractitionersQuery().Where(s => s.TeamId != null).OrderBy(s => s.FullName)
            .Select(s => new Choice(s.Id, s.FullName + " (" + s.Team!.Name + ")"))
            .ToListAsync(cancellationToken);

    /// <summary>Active auditors with their count of open audits, fewest first, so work can be spread evenly.</summary>
    public async Task<IReadOnlyList<AuditorWorkload>> AuditorsAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == Roles.IdOf(Roles.Auditor)))
            .Select(u => new
            {
                u.Id,
                u.FullName,
                OpenAudits = db.CaseAudits.Count(a => a.AuditorId == u.Id && a.State != AuditState.Closed && a.State != AuditState.Cancelled),
            })
            .OrderBy(a => a.OpenAudits).ThenBy(a => a.FullName)
            .Select(a => new AuditorWorkload(a.Id, a.FullName, a.OpenAudits))
            .ToListAsync(cancellationToken);

    /// <summary>The due date an allocation gets when none is given.</summary>
    public async Task<DateOnly> DefaultDueDateAsync(CancellationToken cancellationToken = default)
    {
        var days = (await db.CurrentWorkflowSettingsAsync(cancellationToken)).DefaultAuditWorkingDays;
        return await workingDays.AddAsync(UkTime.Today(clock), days, cancellationToken);
    }

    private IQueryable<StaffMember> PractitionersQuery() =>
        db.Users.AsNoTracking().Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == Roles.IdOf(Roles.Practitioner)));
}
