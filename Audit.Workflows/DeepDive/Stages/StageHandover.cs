using Audit.Workflows.Tools;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive.Stages;

/// <summary>
/// When the organisation names someone else in a post, moves a team or service area, or a person is deactivated or
/// comes back, the open stages they held follow the new holder: the stage's deadline (and so its reminder) is theirs,
/// they are told, and the history says who holds it now. A moderator or stand-in who is deactivated gives the stage
/// back (to the moderation queue, or to the post). Runs inside the caller's transaction; the caller saves.
/// </summary>
public sealed class StageHandover(AuditDbContext db, AuditAccess access, DeadlineScheduler deadlines, StageEntry entry, TimeProvider clock)
{
    public const string Trigger = "HandOver";

    /// <summary>Reconciles every audit at a stage a post or a person holds; returns how many changed hands.</summary>
    public async Task<int> FollowPostHoldersAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        var ids = await db.CaseAudits.AsNoTracking()
            .Where(a => (a.State == AuditState.AwaitingModeration && a.ModerationTakenById != null)
                || a.State == AuditState.AwaitingCoSign || a.State == AuditState.AwaitingReflectiveConversation)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var handedOver = 0;
        foreach (var id in ids)
        {
            if (await access.LoadForSystemAsync(id, cancellationToken) is { } audit && await FollowAsync(audit, actorId, now, cancellationToken))
            {
                handedOver++;
            }
        }

        return handedOver;
    }

    private async Task<bool> FollowAsync(CaseAudit audit, string? actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (audit.ModerationTakenBy is { IsActive: false })
        {
            audit.ModerationTakenById = null;
            audit.ModerationTakenBy = null;
            audit.ModerationTakenAt = null;
        }

        if (audit.StandIn is { IsActive: false })
        {
            audit.StandInId = null;
            audit.StandIn = null;
            audit.StandInState = null;
        }

        var holder = StageHolding.For(audit);
        var kind = audit.State.StageDeadline()!.Value;
        if (!await deadlines.HandOverAsync(audit, kind, holder.StaffId, holder.PoolRole, now, cancellationToken))
        {
            return false;
        }

        audit.History.Add(new AuditHistoryEntry
        {
            OccurredAt = now,
            ActorId = actorId,
            FromState = audit.State,
            ToState = audit.State,
            Trigger = Trigger,
            Comment = $"Now with: {holder.Description}",
        });
        var deadline = await deadlines.OpenDeadlineAsync(audit, kind, cancellationToken);
        var due = deadline is null ? UkTime.Today(clock) : DeadlineEmails.DueDateOf(deadline);
        await entry.AnnounceAsync(audit, due, $"{audit.ToolKind.SentenceWording()} {audit.Reference} is now yours to moderate.", cancellationToken);
        return true;
    }
}
