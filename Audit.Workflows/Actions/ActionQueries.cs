using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Actions;

public enum ActionDueFilter
{
    Overdue,
    DueWithinAWeek,
    DueWithinAMonth,
}

public enum ActionSort
{
    DueDate,
    DueDateLatestFirst,
    AuditReference,
    AuditReferenceNewestFirst,
}

public sealed record ActionListFilter(ActionView View, ActionStatus? Status = null, ActionDueFilter? Due = null, ActionSort Sort = ActionSort.DueDate, int Page = 1);

/// <param name="OwnerHasLeft">The action is open and its owner's account is deactivated: someone must be given it.</param>
public sealed record ActionListRow(int Id, int AuditId, string Description, string OwnerName, DateOnly DueDate, ActionStatus Status, bool IsOverdue,
    bool OwnerHasLeft)
{
    public string AuditReference => $"AUD-{AuditId:D6}";
}

public sealed record ActionListPage(IReadOnlyList<ActionListRow> Items, int Total, int Page, int PageCount);

/// <summary>One action as its page shows it, with what the signed-in person may do to it now.</summary>
public sealed record ActionDetail(
    AuditAction Action,
    CaseAudit Audit,
    string OwnerName,
    bool OwnerHasLeft,
    string? CompletedByName,
    string? ConfirmedByName,
    bool SeesWholeAudit,
    bool IsOverdue,
    IReadOnlyList<AuditTrigger> Permitted,
    IReadOnlyDictionary<AuditTrigger, string> Refusals,
    IReadOnlyList<ActionHistoryRow> History);

public sealed record ActionHistoryRow(DateTimeOffset OccurredAt, string Trigger, string ActorName, string? Comment);

/// <summary>
/// The actions pages' lists and the action page. Which actions a view lists is <see cref="AuditAccess"/>'s answer;
/// what a person may do to an action is the workflow's. An action is overdue when it is open past its due date.
/// </summary>
public sealed class ActionQueries(AuditDbContext db, AuditAccess access, DeepDiveWorkflows workflows, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>A page of one view's actions, or null when the person's roles do not give them that view.</summary>
    public async Task<ActionListPage?> ListAsync(string staffId, ActionListFilter filter, CancellationToken cancellationToken = default)
    {
        if (await access.ActionsInViewAsync(staffId, filter.View, cancellationToken) is not { } actions)
        {
            return null;
        }

        var today = UkTime.Today(clock);
        var query = actions.AsNoTracking();
        query = filter.Status switch
        {
            ActionStatus.Open => query.Where(a => a.CompletedAt == null),
            ActionStatus.AwaitingConfirmation => query.Where(a => a.CompletedAt != null && a.ConfirmedAt == null),
            ActionStatus.Confirmed => query.Where(a => a.ConfirmedAt != null),
            _ => query,
        };
        query = filter.Due switch
        {
            ActionDueFilter.Overdue => query.Where(a => a.CompletedAt == null && a.DueDate < today),
            ActionDueFilter.DueWithinAWeek => query.Where(a => a.CompletedAt == null && a.DueDate >= today && a.DueDate <= today.AddDays(7)),
            ActionDueFilter.DueWithinAMonth => query.Where(a => a.CompletedAt == null && a.DueDate >= today && a.DueDate <= today.AddMonths(1)),
            _ => query,
        };
        query = filter.Sort switch
        {
            ActionSort.DueDateLatestFirst => query.OrderByDescending(a => a.DueDate).ThenByDescending(a => a.Id),
            ActionSort.AuditReference => query.OrderBy(a => a.CaseAuditId).ThenBy(a => a.DueDate).ThenBy(a => a.Id),
            ActionSort.AuditReferenceNewestFirst => query.OrderByDescending(a => a.CaseAuditId).ThenBy(a => a.DueDate).ThenBy(a => a.Id),
            _ => query.OrderBy(a => a.DueDate).ThenBy(a => a.Id),
        };

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query.Skip((current - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Id, a.CaseAuditId, a.Description, Owner = a.Owner!.FullName, OwnerActive = a.Owner.IsActive, a.DueDate, a.CompletedAt, a.ConfirmedAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(a =>
        {
            var status = a.ConfirmedAt is not null ? ActionStatus.Confirmed : a.CompletedAt is not null ? ActionStatus.AwaitingConfirmation : ActionStatus.Open;
            return new ActionListRow(a.Id, a.CaseAuditId, a.Description, a.Owner, a.DueDate, status, status == ActionStatus.Open && a.DueDate < today,
                status == ActionStatus.Open && !a.OwnerActive);
        }).ToList();
        return new ActionListPage(items, total, current, pageCount);
    }

    /// <summary>The action, or null when it does not exist for this person: they own it, or may see its audit.</summary>
    public async Task<ActionDetail?> FindAsync(int actionId, string staffId, CancellationToken cancellationToken = default)
    {
        var auditId = await db.AuditActions.AsNoTracking().Where(a => a.Id == actionId).Select(a => (int?)a.CaseAuditId).FirstOrDefaultAsync(cancellationToken);
        if (auditId is null || await access.FindForActionAsync(auditId.Value, actionId, staffId, cancellationToken: cancellationToken) is not { } audit)
        {
            return null;
        }

        var action = audit.Actions.Single(a => a.Id == actionId);
        var workflow = await workflows.ForAsync(audit, staffId, cancellationToken);
        var checks = DeepDiveWorkflow.ActionTriggerKinds.ToDictionary(t => t, t => workflow.CheckAction(t, action));
        var permitted = checks.Where(c => c.Value.IsAllowed).Select(c => c.Key).ToList();
        var refusals = checks.Where(c => !c.Value.IsAllowed).ToDictionary(c => c.Key, c => c.Value.Reason!);
        var names = await NamesAsync([action.OwnerId, action.CompletedById, action.ConfirmedById], cancellationToken);
        var history = await db.AuditHistory.AsNoTracking().Where(h => h.AuditActionId == actionId).OrderBy(h => h.Id)
            .Select(h => new ActionHistoryRow(h.OccurredAt, h.Trigger, h.Actor == null ? "Audit (automatic)" : h.Actor.FullName, h.Comment))
            .ToListAsync(cancellationToken);
        var owner = names.GetValueOrDefault(action.OwnerId);
        return new ActionDetail(action, audit, owner.Name ?? "Unknown", action.Status == ActionStatus.Open && owner.Name is not null && !owner.IsActive,
            action.CompletedById is null ? null : names.GetValueOrDefault(action.CompletedById).Name,
            action.ConfirmedById is null ? null : names.GetValueOrDefault(action.ConfirmedById).Name,
            await access.SeesWholeAuditAsync(audit.Id, staffId, cancellationToken),
            action.Status == ActionStatus.Open && action.DueDate < UkTime.Today(clock),
            permitted, refusals, history);
    }

    private async Task<Dictionary<string, (string? Name, bool IsActive)>> NamesAsync(string?[] ids, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => ((string?)u.FullName, u.IsActive), cancellationToken);
}
