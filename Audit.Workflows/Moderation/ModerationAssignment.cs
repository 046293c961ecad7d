using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.DeepDive;

namespace Audit.Workflows.Moderation;

/// <summary>
/// An audit that comes back to moderation — resubmitted after a return, or sent back by the assistant director — goes
/// back to the moderator who last decided on it, already taken for them, when they still may moderate it (the
/// workflow decides: still a practice improvement manager, not the auditor, not managing the practitioner, and
/// still working here). Otherwise it goes to the queue.
/// </summary>
public sealed class ModerationAssignment(AuditDbContext db, DeepDiveWorkflows workflows)
{
    /// <summary>Takes the audit (now awaiting moderation) for <paramref name="moderatorId"/>; false when it goes to the queue.</summary>
    public async Task<bool> GiveBackAsync(CaseAudit audit, string? moderatorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (moderatorId is null || audit.State != AuditState.AwaitingModeration)
        {
            return false;
        }

        await db.TrackPeopleAsync([moderatorId], cancellationToken);
        if (db.Tracked(moderatorId) is not { IsActive: true } moderator)
        {
            return false;
        }

        if (!(await workflows.ForAsync(audit, moderatorId, cancellationToken)).Check(AuditTrigger.TakeForModeration).IsAllowed)
        {
            return false;
        }

        audit.ModerationTakenById = moderator.Id;
        audit.ModerationTakenBy = moderator;
        audit.ModerationTakenAt = now;
        return true;
    }
}
