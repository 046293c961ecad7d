using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive.Stages;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// Who may see which audits, decided here and nowhere else: a practitioner sees their own cases' audits; an auditor
/// the audits allocated to them; anyone invited to an audit's reflective conversation that audit; a team manager their team's; a service manager their service area's; an assistant
/// director their directorate's; practice improvement managers and QA leads see everything. Action owners see the
/// audits their actions belong to. Anything else does not exist for that person (pages answer 404).
/// </summary>
public sealed class AuditAccess(AuditDbContext db)
{
    // Read once per request: a page asking the workflow about many audits asks for the person's roles once.
    private readonly Dictionary<string, IReadOnlySet<string>> roles = [];

    public async Task<IReadOnlySet<string>> RolesOfAsync(string staffId, CancellationToken cancellationToken = default)
    {
        if (!roles.TryGetValue(staffId, out var found))
        {
            found = (await db.UserRoles.Where(ur => ur.UserId == staffId)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                .ToListAsync(cancellationToken)).ToHashSet();
            roles[staffId] = found;
        }

        return found;
    }

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
            || a.Actions.Any(x => x.OwnerId == staffId)
            || a.StandInId == staffId
            || a.Conversations.Any(c => c.Invitees.Any(i => i.StaffId == staffId)));
    }

    /// <summary>
    /// The audits this person's reports count, or null when they see no reports: QA leads and practice improvement
    /// managers report on everything, an assistant director on their directorate, a service manager on their service
    /// area. Reports are by organisation, so an auditor or practitioner role adds nothing here.
    /// </summary>
    public async Task<IQueryable<CaseAudit>?> ReportableToAsync(string staffId, CancellationToken cancellationToken = default)
    {
        var roles = await RolesOfAsync(staffId, cancellationToken);
        if (roles.Contains(Roles.QaLead) || roles.Contains(Roles.PracticeImprovementManager))
        {
            return db.CaseAudits;
        }

        var director = roles.Contains(Roles.AssistantDirector);
        var manager = roles.Contains(Roles.ServiceManager);
        if (!director && !manager)
        {
            return null;
        }

        return db.CaseAudits.Where(a =>
            (director && a.CaseFile!.Team!.ServiceArea!.Directorate!.AssistantDirectorId == staffId)
            || (manager && a.CaseFile!.Team!.ServiceArea!.ServiceManagerId == staffId));
    }

    /// <summary>The audit with its case, organisation and actions, or null when it does not exist for this person.</summary>
    public async Task<CaseAudit?> FindVisibleAsync(int auditId, string staffId, bool track = false, CancellationToken cancellationToken = default)
    {
        var query = WithOrganisation(await VisibleToAsync(staffId, cancellationToken));
        return await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == auditId, cancellationToken);
    }

    /// <summary>The audit loaded as <see cref="FindVisibleAsync"/> loads it, for Audit's own steps (no person's view).</summary>
    public Task<CaseAudit?> LoadForSystemAsync(int auditId, CancellationToken cancellationToken = default) =>
        WithOrganisation(db.CaseAudits).FirstOrDefaultAsync(a => a.Id == auditId, cancellationToken);

    /// <summary>Several audits loaded as <see cref="FindVisibleAsync"/> loads one, for asking the workflow about each (read only).</summary>
    public async Task<IReadOnlyList<CaseAudit>> LoadManyAsync(IReadOnlyCollection<int> auditIds, CancellationToken cancellationToken = default) =>
        await WithOrganisation(db.CaseAudits).AsNoTracking().Where(a => auditIds.Contains(a.Id)).ToListAsync(cancellationToken);

    /// <summary>Everything the workflow's guards and <see cref="StageHolding"/> read: the case, its organisation and post-holders, actions, moderator and stand-in.</summary>
    private static IQueryable<CaseAudit> WithOrganisation(IQueryable<CaseAudit> audits) =>
        audits
            .Include(a => a.CaseFile!).ThenInclude(c => c.Team!).ThenInclude(t => t.ServiceArea!).ThenInclude(s => s.Directorate!).ThenInclude(d => d.AssistantDirector)
            .Include(a => a.CaseFile!).ThenInclude(c => c.Team!).ThenInclude(t => t.ServiceArea!).ThenInclude(s => s.ServiceManager)
            .Include(a => a.CaseFile!).ThenInclude(c => c.Practitioner)
            .Include(a => a.Auditor)
            .Include(a => a.ModerationTakenBy)
            .Include(a => a.StandIn)
            .Include(a => a.Actions)
            .Include(a => a.Conversations).ThenInclude(c => c.Invitees).ThenInclude(i => i.Staff)
            .Include(a => a.Conversations).ThenInclude(c => c.Organiser)
            .AsSplitQuery();

    /// <summary>How this person relates to the audit; <paramref name="audit"/> must be loaded as <see cref="FindVisibleAsync"/> loads it.</summary>
    public async Task<AuditActor> ActorAsync(string staffId, CaseAudit audit, CancellationToken cancellationToken = default)
    {
        var team = audit.CaseFile?.Team;
        var roles = await RolesOfAsync(staffId, cancellationToken);
        return new AuditActor(
            staffId,
            roles,
            IsAuditor: audit.AuditorId == staffId,
            IsPractitioner: audit.CaseFile?.PractitionerId == staffId,
            IsTeamManagerOfCase: team?.TeamManagerId == staffId,
            IsServiceManagerOfCase: team?.ServiceArea?.ServiceManagerId == staffId,
            IsAssistantDirectorOfCase: team?.ServiceArea?.Directorate?.AssistantDirectorId == staffId,
            OwnsOpenAction: audit.Actions.Any(a => a.OwnerId == staffId && a.CompletedAt is null),
            IsStandIn: StageHolding.StandInId(audit) == staffId,
            ActsForVacantPost: roles.Contains(Roles.QaLead) && StageHolding.IsVacant(audit),
            IsConversationInvitee: ConversationPolicy.IsInvited(audit, staffId));
    }
}
