using System.Linq.Expressions;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive.Stages;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// Who may see which audits, decided here and nowhere else: a practitioner sees their own cases' audits (and their
/// findings once the grade is settled: <see cref="MayReadFindings"/>); an auditor
/// the audits allocated to them; a team manager their team's; a service manager their service area's; an assistant
/// director their directorate's; anyone invited to an audit's reflective conversation that audit; practice improvement managers and QA leads see everything. Owning an action on an
/// audit shows that action and the audit's reference, never the audit's answers (<see cref="FindForActionAsync"/>).
/// Anything else does not exist for that person (pages answer 404).
/// </summary>
public sealed partial class AuditAccess(AuditDbContext db)
{
    // Read once per request: a page asking the workflow about many audits asks for the person's roles once.
    private readonly Dictionary<string, IReadOnlySet<string>> roles = [];

    public async Task<IReadOnlySet<string>> RolesOfAsync(string staffId, CancellationToken cancellationToken = default)
    {
        if (!roles.TryGetValue(staffId, out var found))
        {
            found = (await RoleNames.For(db)(db, staffId).ToListAsync(cancellationToken)).ToHashSet();
            roles[staffId] = found;
        }

        return found;
    }

    // Every command and page asks for them: compiled once.
    private static readonly CompiledQuery<Func<AuditDbContext, string, IAsyncEnumerable<string>>> RoleNames = new(() => EF.CompileAsyncQuery(
        (AuditDbContext db, string staffId) => db.UserRoles.Where(ur => ur.UserId == staffId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)));

    /// <summary>Whether these roles see every audit: a QA lead's and a practice improvement manager's do.</summary>
    private static bool SeesEverything(IReadOnlySet<string> roles) => roles.Contains(Roles.QaLead) || roles.Contains(Roles.PracticeImprovementManager);

    /// <summary>
    /// Whether this person sees this audit through a part they play in it, for anyone who does not see everything
    /// (<see cref="SeesEverything"/>): its auditor or stand-in, the case's practitioner, the manager of its team,
    /// service area or directorate, or an invitee to its reflective conversation. Written once, for the lists
    /// (<see cref="VisibleToAsync"/>) and for the compiled statement a command reads its audit with. Each term is
    /// answered by an index of its own (the audit's auditor, stand-in and case, the case's practitioner and team, the
    /// invitee), so the database unions a few index lookups instead of reading every audit with its case, team,
    /// service area and directorate: a list costs what this person may see, not what the table holds.
    /// </summary>
    private static readonly Expression<Func<AuditDbContext, CaseAudit, string, bool>> SeesByPart = (db, a, staffId) =>
        a.AuditorId == staffId
        || a.StandInId == staffId
        || db.CaseFiles.Where(c => c.PractitionerId == staffId
                || db.Teams.Where(t => t.TeamManagerId == staffId
                        || t.ServiceArea!.ServiceManagerId == staffId
                        || t.ServiceArea.Directorate!.AssistantDirectorId == staffId)
                    .Select(t => t.Id).Contains(c.TeamId))
            .Select(c => c.Id).Contains(a.CaseFileId)
        || db.ConversationInvitees.Where(i => i.StaffId == staffId).Select(i => i.Conversation!.CaseAuditId).Contains(a.Id);

    /// <summary>
    /// Whether this person may act on this action of the audit without seeing the audit: they own it, or manage its
    /// owner — the manager an overdue action is escalated to (the owner's team manager, a team manager's service
    /// manager, a service manager's assistant director).
    /// </summary>
    private static readonly Expression<Func<AuditDbContext, CaseAudit, int, string, bool>> ActsOnAction = (db, a, actionId, staffId) =>
        a.Actions.Any(x => x.Id == actionId
            && (x.OwnerId == staffId
                || x.Owner!.Team!.TeamManagerId == staffId
                || db.Teams.Any(t => t.TeamManagerId == x.OwnerId && t.ServiceArea!.ServiceManagerId == staffId)
                || db.ServiceAreas.Any(s => s.ServiceManagerId == x.OwnerId && s.Directorate!.AssistantDirectorId == staffId)));

    /// <summary>The audits this person may see, as a query to filter further.</summary>
    public async Task<IQueryable<CaseAudit>> VisibleToAsync(string staffId, CancellationToken cancellationToken = default) =>
        SeesEverything(await RolesOfAsync(staffId, cancellationToken))
            ? db.CaseAudits
            : db.CaseAudits.Where(Filters.Expand<Func<CaseAudit, bool>>(a => SeesByPart.Holds(db, a, staffId)));

    /// <summary>
    /// The audits this person's reports count, or null when they see no reports: QA leads and practice improvement
    /// managers report on everything, an assistant director on their directorate, a service manager on their service
    /// area. Reports are by organisation, so an auditor or practitioner role adds nothing here.
    /// </summary>
    public async Task<IQueryable<CaseAudit>?> ReportableToAsync(string staffId, CancellationToken cancellationToken = default)
    {
        var roles = await RolesOfAsync(staffId, cancellationToken);
        if (ReportsOnEverything(roles))
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

    /// <summary>Whether this person's reports cover every audit (a QA lead or practice improvement manager), not an area of the organisation.</summary>
    public async Task<bool> ReportsOnEverythingAsync(string staffId, CancellationToken cancellationToken = default) =>
        ReportsOnEverything(await RolesOfAsync(staffId, cancellationToken));

    // Those who see every audit report on every audit.
    private static bool ReportsOnEverything(IReadOnlySet<string> roles) => SeesEverything(roles);

    /// <summary>The audit with its case, organisation and actions, or null when it does not exist for this person.</summary>
    public async Task<CaseAudit?> FindVisibleAsync(int auditId, string staffId, bool track = false, CancellationToken cancellationToken = default)
    {
        var query = WithOrganisation(await VisibleToAsync(staffId, cancellationToken));
        return await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == auditId, cancellationToken);
    }

    /// <summary>
    /// The audit as <see cref="FindVisibleAsync"/> loads it, for a step on one of its actions: found when this person
    /// may see the audit, owns that action, or manages its owner — the manager an overdue action is escalated to
    /// (the owner's team manager, a team manager's service manager, a service manager's assistant director), who
    /// must be able to open the action the escalation links to. Whoever only owns or oversees the action must be
    /// shown the action alone (<see cref="SeesWholeAuditAsync"/> says which); what they may do with it is the workflow's.
    /// </summary>
    public async Task<CaseAudit?> FindForActionAsync(int auditId, int actionId, string staffId, bool track = false, CancellationToken cancellationToken = default)
    {
        var query = WithOrganisation(OnAction(await RolesOfAsync(staffId, cancellationToken), auditId, actionId, staffId));
        return await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }

    private IQueryable<CaseAudit> OnAction(IReadOnlySet<string> roles, int auditId, int actionId, string staffId) =>
        SeesEverything(roles)
            ? db.CaseAudits.Where(a => a.Id == auditId)
            : db.CaseAudits.Where(Filters.Expand<Func<CaseAudit, bool>>(a => a.Id == auditId
                && (SeesByPart.Holds(db, a, staffId) || ActsOnAction.Holds(db, a, actionId, staffId))));

    /// <summary>Whether this person may see the whole audit (its answers), not only an action they own on it.</summary>
    public async Task<bool> SeesWholeAuditAsync(int auditId, string staffId, CancellationToken cancellationToken = default) =>
        await (await VisibleToAsync(staffId, cancellationToken)).AnyAsync(a => a.Id == auditId, cancellationToken);

    /// <summary>
    /// The actions in one view of the actions pages: the person's own; their team's cases' (a team manager); their
    /// service area's (a service manager); their directorate's (an assistant director); every action (a QA lead);
    /// or those they may confirm (as the auditor or the practitioner's team manager). Null when their roles do not
    /// give them that view.
    /// </summary>
    public async Task<IQueryable<AuditAction>?> ActionsInViewAsync(string staffId, ActionView view, CancellationToken cancellationToken = default)
    {
        var roles = await RolesOfAsync(staffId, cancellationToken);
        var actions = db.AuditActions.Where(a => a.CaseAudit!.State != AuditState.Cancelled);
        return view switch
        {
            ActionView.Mine => actions.Where(a => a.OwnerId == staffId),
            ActionView.ToConfirm when roles.Contains(Roles.Auditor) || roles.Contains(Roles.TeamManager) => actions.Where(a => a.CaseAudit!.AuditorId == staffId || a.CaseAudit.CaseFile!.Team!.TeamManagerId == staffId),
            ActionView.Team when roles.Contains(Roles.TeamManager) => actions.Where(a => a.CaseAudit!.CaseFile!.Team!.TeamManagerId == staffId),
            ActionView.ServiceArea when roles.Contains(Roles.ServiceManager) =>
                actions.Where(a => a.CaseAudit!.CaseFile!.Team!.ServiceArea!.ServiceManagerId == staffId),
            ActionView.Directorate when roles.Contains(Roles.AssistantDirector) =>
                actions.Where(a => a.CaseAudit!.CaseFile!.Team!.ServiceArea!.Directorate!.AssistantDirectorId == staffId),
            ActionView.All when roles.Contains(Roles.QaLead) => actions,
            _ => null,
        };
    }

    /// <summary>The views of the actions pages this person's roles give them, in the order the page offers them.</summary>
    public async Task<IReadOnlyList<ActionView>> ActionViewsAsync(string staffId, CancellationToken cancellationToken = default)
    {
        var views = new List<ActionView>();
        foreach (var view in Enum.GetValues<ActionView>())
        {
            if (await ActionsInViewAsync(staffId, view, cancellationToken) is not null)
            {
                views.Add(view);
            }
        }

        return views;
    }
    /// The audit with its findings (grades, evidence, feedback, actions, history), or null when it does not exist for
    /// this person or they may not read its findings yet (<see cref="MayReadFindings"/>).
    /// </summary>
    public async Task<CaseAudit?> FindWithFindingsAsync(int auditId, string staffId, CancellationToken cancellationToken = default)
    {
        var audit = await FindVisibleAsync(auditId, staffId, cancellationToken: cancellationToken);
        return audit is not null && MayReadFindings(await ActorAsync(staffId, audit, cancellationToken), audit) ? audit : null;
    }

    /// <summary>
    /// Whether this person may read the audit's findings now. The practitioner whose work was audited reads them only
    /// once moderation has settled the grade (<see cref="CaseAudit.GradeConfirmedAt"/>): a grade still with the
    /// auditor, the moderator or the assistant director may change, and a practitioner should hear the settled one,
    /// not a draft. Until then they see that the audit exists, its reference and its stage. Everyone else who may see
    /// the audit (<see cref="VisibleToAsync"/>) reads its findings at every stage.
    /// </summary>
    public static bool MayReadFindings(AuditActor actor, CaseAudit audit) =>
        audit.GradeConfirmedAt is not null || !SeesOnlyAsPractitioner(actor);

    /// <summary>The case's practitioner, with no other part in the audit (auditor, manager, moderator, QA lead, stand-in).</summary>
    private static bool SeesOnlyAsPractitioner(AuditActor actor) =>
        actor.IsPractitioner && !(actor.IsQaLead || actor.IsPracticeImprovementManager || actor.IsAuditor || actor.IsTeamManagerOfCase
            || actor.IsServiceManagerOfCase || actor.IsAssistantDirectorOfCase || actor.IsStandIn);

    /// <summary>The audit as <see cref="FindVisibleAsync"/> loads it, for Audit's own steps (no person's view).</summary>
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
            .Include(a => a.ExtensionRequests)
            .Include(a => a.ToolVersion)
            .AsSplitQuery();

    /// <summary>
    /// How this person relates to the audit; <paramref name="audit"/> must be loaded as <see cref="FindVisibleAsync"/>
    /// loads it, or as <see cref="FindForCommandAsync"/> loads it for a command: a flag read from a part the command
    /// did not load (<see cref="AuditParts"/>) then throws when a guard reads it, instead of answering false.
    /// </summary>
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
            IsStandIn: StageHolding.StandInId(audit) == staffId,
            ActsForVacantPost: roles.Contains(Roles.QaLead) && StageHolding.IsVacant(audit))
        {
            // Null (unknown) when the command did not load that part: reading the flag then fails loudly (AuditActor).
            OwnsOpenActionIfLoaded = Loaded(audit.Actions)?.Any(a => a.OwnerId == staffId && a.Status == ActionStatus.Open),
            IsConversationInviteeIfLoaded = Loaded(audit.Conversations) is null ? null : ConversationPolicy.IsInvited(audit, staffId),
        };
    }
}

/// <summary>A view of the actions pages: whose actions it lists.</summary>
public enum ActionView
{
    Mine,
    ToConfirm,
    Team,
    ServiceArea,
    Directorate,
    All,
}
