using System.Linq.Expressions;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Inbox;

/// <summary>
/// "My work": everything waiting on one person, worked out from the audits' states and the organisation — immediate
/// responses to acknowledge, audits to start or finish, moderations, co-signs, reflective conversations and actions,
/// and whatever each <see cref="IInboxSource"/> adds (the practitioner's reflections and responses). It runs on every
/// page (the navigation's count), so it asks little: one query for every audit stage waiting on the person, one
/// asking whether any immediate response, action or invitation waits (each read only when one does), and the
/// sources' own, on one connection, each projecting only what the list shows. The result is kept for the request,
/// so the page and the navigation count share it.
/// </summary>
public sealed class InboxService(AuditDbContext db, AuditAccess access, TimeProvider clock, IEnumerable<IInboxSource> sources)
{
    private readonly Dictionary<string, IReadOnlyList<InboxItem>> cache = [];

    /// <summary>Every item waiting on this person, most urgent first, then newest first; their roles read from the database.</summary>
    public Task<IReadOnlyList<InboxItem>> ForAsync(string staffId, CancellationToken cancellationToken = default) =>
        ForAsync(staffId, roles: null, cancellationToken);

    /// <summary>
    /// Every item waiting on this person, most urgent first, then newest first. <paramref name="roles"/> are the
    /// roles their sign-in carries (<c>ClaimsPrincipal.RoleNames()</c>, the ones the menu and page access use), so
    /// showing a page reads no roles; null reads them. What the person may then do is the workflow's to check, with
    /// the roles read afresh.
    /// </summary>
    public async Task<IReadOnlyList<InboxItem>> ForAsync(string staffId, IReadOnlySet<string>? roles, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(staffId, out var cached))
        {
            return cached;
        }

        // One connection for the whole reading, rather than one opened and closed for each query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            roles ??= await access.RolesOfAsync(staffId, cancellationToken);
            var today = UkTime.Today(clock);
            var waiting = await WaitingAsync(staffId, cancellationToken);
            var items = new List<InboxItem>();
            if (waiting.ImmediateResponses)
            {
                items.AddRange(await ImmediateResponsesAsync(staffId, today, cancellationToken));
            }

            items.AddRange(await StagesAsync(staffId, roles, today, cancellationToken));
            if (waiting.Actions)
            {
                items.AddRange(await ActionsAsync(staffId, today, cancellationToken));
            }

            foreach (var source in sources)
            {
                items.AddRange(await source.ItemsForAsync(staffId, roles, today, cancellationToken));
            }

            if (waiting.Invitations)
            {
                items.AddRange(await InvitationsAsync(staffId, cancellationToken));
            }

            var sorted = items.OrderBy(i => i.Priority).ThenByDescending(i => i.Since).ThenByDescending(i => i.AuditId).ToList();
            cache[staffId] = sorted;
            return sorted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>How many items are waiting on this person, for the navigation; their roles read from the database.</summary>
    public async Task<int> CountAsync(string staffId, CancellationToken cancellationToken = default) =>
        (await ForAsync(staffId, cancellationToken)).Count;

    /// <summary>How many items are waiting on this person, for the navigation, with the roles their sign-in carries.</summary>
    public async Task<int> CountAsync(string staffId, IReadOnlySet<string> roles, CancellationToken cancellationToken = default) =>
        (await ForAsync(staffId, roles, cancellationToken)).Count;

    /// <summary>
    /// The audits whose current stage waits on this person, in one query (the stages' states do not overlap, so no
    /// audit comes twice): to start or finish as their auditor; to moderate, for a practice improvement manager; to
    /// co-sign or hold the reflective conversation for, as the holder of the stage.
    /// </summary>
    private async Task<IEnumerable<InboxItem>> StagesAsync(string staffId, IReadOnlySet<string> roles, DateOnly today, CancellationToken cancellationToken)
    {
        // A QA lead acts for a vacant post's co-sign and conversation; only a practice improvement manager moderates.
        var qaLead = roles.Contains(Roles.QaLead);
        var stages = roles.Contains(Roles.PracticeImprovementManager) ? StagesWithModeration : Stages;
        var rows = await stages.For(db)(db, staffId, qaLead).ToListAsync(cancellationToken);
        return rows.Select(r => r.State switch
        {
            AuditState.AwaitingModeration => Item(InboxTask.Moderate, r, today, r.DeadlineDueAt, null,
                urgent: r.FinalGrade == Grade.Inadequate || r.ImmediateResponseRaised,
                detail: r.TakenById == staffId ? $"{r.FinalGrade?.Display()}, taken by you" : r.FinalGrade?.Display()),
            AuditState.AwaitingCoSign => Item(InboxTask.CoSign, r, today, r.DeadlineDueAt, null, detail: r.FinalGrade?.Display()),
            AuditState.AwaitingReflectiveConversation => Item(InboxTask.ReflectiveConversation, r, today, r.DeadlineDueAt, null,
                detail: r.ConversationScheduledFor is { } when ? $"Scheduled for {UkTime.ToUk(when):d MMMM yyyy HH:mm}" : null),
            _ => Item(r.State == AuditState.Allocated ? InboxTask.StartAudit : InboxTask.FinishAudit, r, today, r.DeadlineDueAt, r.DueDate),
        });
    }

    /// <summary>Whether any immediate response, action or invitation waits on this person: one query, so the common answer (none) costs one.</summary>
    private async Task<Waiting> WaitingAsync(string staffId, CancellationToken cancellationToken) =>
        await WaitingQuery.For(db)(db, staffId, cancellationToken) ?? new Waiting(false, false, false);

    private IQueryable<ImmediateResponseAcknowledgement> UnacknowledgedBy(string staffId) =>
        db.ImmediateResponseAcknowledgements.Where(Unacknowledged.For(staffId));

    private IQueryable<AuditAction> OpenActionsOf(string staffId) => db.AuditActions.Where(OpenAction.For(staffId));

    private IQueryable<ConversationInvitee> UnansweredInvitationsOf(string staffId) => db.ConversationInvitees.Where(UnansweredInvitation.For(staffId));

    private async Task<IEnumerable<InboxItem>> ActionsAsync(string staffId, DateOnly today, CancellationToken cancellationToken)
    {
        var actions = await OpenActionsOf(staffId).AsNoTracking()
            .Select(x => new { x.Id, x.CaseAuditId, x.DueDate, x.CreatedAt, x.Description })
            .ToListAsync(cancellationToken);
        return actions.Select(x =>
        {
            var overdue = x.DueDate < today;
            return new InboxItem(InboxTask.CompleteAction, x.CaseAuditId, Reference(x.CaseAuditId), AuditState.ActionsOutstanding, x.DueDate,
                overdue, overdue ? InboxPriority.Overdue : InboxPriority.Normal, x.CreatedAt, x.Description, x.Id);
        });
    }

    /// <summary>Reflective conversations this person is invited to and has not answered (or must answer again), before they start.</summary>
    private async Task<IEnumerable<InboxItem>> InvitationsAsync(string staffId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await UnansweredInvitationsOf(staffId).AsNoTracking()
            .Select(i => new { i.Conversation!.CaseAuditId, i.Conversation.StartsAt, i.Conversation.CreatedAt, i.Conversation.CaseAudit!.ToolKind })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.StartsAt > now).Select(r => new InboxItem(InboxTask.AnswerInvitation, r.CaseAuditId, Reference(r.CaseAuditId),
            AuditState.AwaitingReflectiveConversation, DateOnly.FromDateTime(UkTime.ToUk(r.StartsAt).DateTime), false, InboxPriority.Normal, r.CreatedAt,
            $"On {UkTime.ToUk(r.StartsAt):d MMMM yyyy HH:mm}", Kind: r.ToolKind));
    }

    /// <summary>Immediate responses this person was asked to acknowledge and has not, due by their deadline row.</summary>
    private async Task<IEnumerable<InboxItem>> ImmediateResponsesAsync(string staffId, DateOnly today, CancellationToken cancellationToken)
    {
        var unacknowledged = UnacknowledgedBy(staffId);
        var rows = await db.ImmediateResponses.AsNoTracking()
            .Where(r => unacknowledged.Any(a => a.ImmediateResponseId == r.Id))
            .Select(r => new
            {
                r.Id,
                r.CaseAuditId,
                r.RaisedAt,
                r.CaseAudit!.State,
                DueAt = db.Deadlines.Where(d => d.ImmediateResponseId == r.Id && d.OwnerId == staffId && d.CompletedAt == null)
                    .OrderByDescending(d => d.Id).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            DateOnly? due = r.DueAt is { } at ? DueDateOf(at) : null;
            return new InboxItem(InboxTask.AcknowledgeImmediateResponse, r.CaseAuditId, Reference(r.CaseAuditId), r.State, due, due < today,
                InboxPriority.ImmediateResponse, r.RaisedAt, ImmediateResponseId: r.Id);
        });
    }

    private static InboxItem Item(InboxTask task, AuditRow row, DateOnly today, DateTimeOffset? deadlineDueAt, DateOnly? fallbackDue,
        bool urgent = false, string? detail = null)
    {
        var due = deadlineDueAt is { } at ? DueDateOf(at) : fallbackDue;
        var overdue = due < today;
        var priority = urgent ? InboxPriority.Urgent : overdue ? InboxPriority.Overdue : InboxPriority.Normal;
        return new InboxItem(task, row.Id, Reference(row.Id), row.State, due, overdue, priority, row.Since, detail, Kind: row.Kind);
    }

    /// <summary>A deadline falls due at the end of its UK day (midnight after it); this is that day.</summary>
    private static DateOnly DueDateOf(DateTimeOffset dueAt) => DateOnly.FromDateTime(UkTime.ToUk(dueAt.AddTicks(-1)).DateTime);

    private static string Reference(int auditId) => CaseAudit.ReferenceOf(auditId);

    // What waits on a person beyond the audits' stages: one filter each (the row and the person's id), shared by the
    // probe and the reads, so the probe can never say "none" of work the list would show.
    private static readonly Expression<Func<ImmediateResponseAcknowledgement, string, bool>> Unacknowledged =
        (a, staffId) => a.StaffMemberId == staffId && a.AcknowledgedAt == null;

    private static readonly Expression<Func<AuditAction, string, bool>> OpenAction =
        (x, staffId) => x.OwnerId == staffId && x.CompletedAt == null && x.CaseAudit!.State == AuditState.ActionsOutstanding;

    private static readonly Expression<Func<ConversationInvitee, string, bool>> UnansweredInvitation =
        (i, staffId) => i.StaffId == staffId && i.Conversation!.CancelledAt == null
            && i.Conversation.CaseAudit!.State == AuditState.AwaitingReflectiveConversation
            && (i.Answer == InvitationAnswer.NeedsAction || i.ProposalDeclinedAt != null);

    // The queries every request runs, compiled once (per model: CompiledQuery): EF Core neither builds their expression
    // trees, extracts their parameters nor looks them up in its query cache per request (half of a My work request's
    // allocation before).
    private static readonly CompiledQuery<Func<AuditDbContext, string, CancellationToken, Task<Waiting?>>> WaitingQuery = new(() => EF.CompileAsyncQuery(
        Filters.Expand<Func<AuditDbContext, string, CancellationToken, Waiting?>>((db, staffId, _) => db.Users.Where(u => u.Id == staffId)
            .Select(u => new Waiting(
                db.ImmediateResponseAcknowledgements.Any(a => Unacknowledged.Holds(a, staffId)),
                db.AuditActions.Any(x => OpenAction.Holds(x, staffId)),
                db.ConversationInvitees.Any(i => UnansweredInvitation.Holds(i, staffId))))
            .FirstOrDefault())));

    private static readonly CompiledQuery<Func<AuditDbContext, string, bool, IAsyncEnumerable<AuditRow>>> Stages = new(() => EF.CompileAsyncQuery(StagesQuery(moderator: false)));

    private static readonly CompiledQuery<Func<AuditDbContext, string, bool, IAsyncEnumerable<AuditRow>>> StagesWithModeration = new(() => EF.CompileAsyncQuery(StagesQuery(moderator: true)));

    /// <summary>
    /// The audits whose current stage waits on the person (the context, their id, whether they are a QA lead): each
    /// stage's audits found through its own index, their ids united, then read by id with the stage's open deadline
    /// and latest history row — the same test as one OR-ed filter, which SQLite answers by scanning every audit.
    /// </summary>
    private static Expression<Func<AuditDbContext, string, bool, IQueryable<AuditRow>>> StagesQuery(bool moderator)
    {
        // To start or finish as their auditor; to co-sign or hold the reflective conversation for as the holder of the
        // stage: the post-holder, a stand-in, or — while the post is vacant — the QA leads, acting for it (the stage's
        // deadline row names them).
        Expression<Func<AuditDbContext, string, bool, IQueryable<int>>> own = (db, staffId, qaLead) => db.CaseAudits
            .Where(a => a.AuditorId == staffId
                && (a.State == AuditState.Allocated || a.State == AuditState.InProgress || a.State == AuditState.ReturnedToAuditor))
            .Select(a => a.Id)
            .Concat(db.CaseAudits.Where(a => (a.State == AuditState.AwaitingCoSign || a.State == AuditState.AwaitingReflectiveConversation)
                    && db.Deadlines.Any(d => d.CaseAuditId == a.Id && d.CompletedAt == null
                        && d.Kind == (a.State == AuditState.AwaitingCoSign ? DeadlineKind.CoSignDue : DeadlineKind.ConversationDue)
                        && (d.OwnerId == staffId || (qaLead && d.OwnerId == null && d.OwnerRole == Roles.QaLead))))
                .Select(a => a.Id));
        // To moderate, for a practice improvement manager: never their own audit, one where they manage the
        // practitioner, or one another moderator has taken (the workflow refuses them).
        Expression<Func<AuditDbContext, string, IQueryable<int>>> moderation = (db, staffId) => db.CaseAudits
            .Where(a => a.State == AuditState.AwaitingModeration && a.AuditorId != staffId
                && !db.CaseFiles.Any(c => c.Id == a.CaseFileId && c.Team!.TeamManagerId == staffId)
                && (a.ModerationTakenById == null || a.ModerationTakenById == staffId))
            .Select(a => a.Id);
        Expression<Func<AuditDbContext, IQueryable<int>, IQueryable<AuditRow>>> rows = (db, ids) => db.CaseAudits.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new AuditRow(
                a.Id,
                a.State,
                a.DueDate,
                a.FinalGrade,
                a.ImmediateResponseRaised,
                a.ConversationScheduledFor,
                a.ModerationTakenById,
                // The open deadline of the audit's current stage.
                db.Deadlines.Where(d => d.CaseAuditId == a.Id && d.CompletedAt == null
                        && d.Kind == (a.State == AuditState.AwaitingModeration ? DeadlineKind.ModerationDue
                            : a.State == AuditState.AwaitingCoSign ? DeadlineKind.CoSignDue
                            : a.State == AuditState.AwaitingReflectiveConversation ? DeadlineKind.ConversationDue
                            : DeadlineKind.AuditDue))
                    .OrderByDescending(d => d.Id).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefault(),
                // When the audit reached its current stage: its latest history row (ordered by id, written in order).
                a.History.OrderByDescending(h => h.Id).Select(h => (DateTimeOffset?)h.OccurredAt).FirstOrDefault() ?? a.AllocatedAt,
                a.ToolKind));

        var context = Expression.Parameter(typeof(AuditDbContext), "db");
        var staff = Expression.Parameter(typeof(string), "staffId");
        var qaLeadParameter = Expression.Parameter(typeof(bool), "qaLead");
        var ids = own.Apply(context, staff, qaLeadParameter);
        if (moderator)
        {
            ids = Expression.Call(typeof(Queryable), nameof(Queryable.Concat), [typeof(int)], ids, moderation.Apply(context, staff));
        }

        return Expression.Lambda<Func<AuditDbContext, string, bool, IQueryable<AuditRow>>>(rows.Apply(context, ids), context, staff, qaLeadParameter);
    }

    private sealed record Waiting(bool ImmediateResponses, bool Actions, bool Invitations);

    private sealed record AuditRow(int Id, AuditState State, DateOnly DueDate, Grade? FinalGrade, bool ImmediateResponseRaised,
        DateTimeOffset? ConversationScheduledFor, string? TakenById, DateTimeOffset? DeadlineDueAt, DateTimeOffset Since, ToolKind Kind);
}
