using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// Who may see which audits, decided here and nowhere else: a practitioner sees their own cases' audits; an auditor
/// the audits allocated to them; a team manager their team's; a service manager their service area's; an assistant
/// director their directorate's; practice improvement managers and QA leads see everything. Action owners see the
/// audits their actions belong to. Anything else does not exist for that person (pages answer 404).
/// </summary>
public sealed class AuditAccess(AuditDbContext db)
{
    public async Task<IReadOnlySet<string>> RolesOfAsync(string staffId, CancellationToken cancellationToken = default) =>
        (await db.UserRoles.Where(ur => ur.UserId == staffId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>The audits this person may see, as a query to filter further.</summary>
    public async Task<IQueryable<CaseAudit>> VisibleToAsync(string staffId, CancellationToken cancellationToken = default)
    {
        var roles = await RolesOfAsync(staffId, cancellationToken);
        if (roles.Contains(Roles.QaLead) || roles.Contains(Roles.PracticeImprovementManager))
        {
            return db.CaseAudits;
        }

        return db.CaseAudits.Where(a =>
            a.AuditorId == staffId
            || a.CaseFile!.PractitionerId == staffId
            || a.CaseFile.Team!.TeamManagerId == staffId
            || a.CaseFile.Team.ServiceArea!.ServiceManagerId == staffId
            || a.CaseFile.Team.ServiceArea.Directorate!.AssistantDirectorId == staffId
            || a.Actions.Any(x => x.OwnerId == staffId));
    }

    /// <summary>The audit with its case, organisation and actions, or null when it does not exist for this person.</summary>
    public async Task<CaseAudit?> FindVisibleAsync(int auditId, string staffId, bool track = false, CancellationToken cancellationToken = default)
    {
        var query = (await VisibleToAsync(staffId, cancellationToken))
            .Include(a => a.CaseFile!).ThenInclude(c => c.Team!).ThenInclude(t => t.ServiceArea!).ThenInclude(s => s.Directorate)
            .Include(a => a.CaseFile!).ThenInclude(c => c.Practitioner)
            .Include(a => a.Auditor)
            .Include(a => a.Actions)
            .AsSplitQuery();
        return await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == auditId, cancellationToken);
    }

    /// <summary>How this person relates to the audit; <paramref name="audit"/> must have its case and organisation loaded.</summary>
    public async Task<AuditActor> ActorAsync(string staffId, CaseAudit audit, CancellationToken cancellationToken = default)
    {
        var team = audit.CaseFile?.Team;
        return new AuditActor(
            staffId,
            await RolesOfAsync(staffId, cancellationToken),
            IsAuditor: audit.AuditorId == staffId,
            IsPractitioner: audit.CaseFile?.PractitionerId == staffId,
            IsTeamManagerOfCase: team?.TeamManagerId == staffId,
            IsServiceManagerOfCase: team?.ServiceArea?.ServiceManagerId == staffId,
            IsAssistantDirectorOfCase: team?.ServiceArea?.Directorate?.AssistantDirectorId == staffId,
            OwnsOpenAction: audit.Actions.Any(a => a.OwnerId == staffId && a.CompletedAt is null));
    }
}
