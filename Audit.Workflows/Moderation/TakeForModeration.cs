using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Moderation;

public sealed record TakeForModerationCommand(int AuditId, int Version) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.TakeForModeration;

    /// <summary>
    /// Its guards and handler read the audit's row and who took it — no actions, conversations or extension
    /// requests — and hand its open moderation deadline over, read with the audit.
    /// </summary>
    public AuditParts Reads => AuditParts.OpenDeadlines;
}

public sealed record ReleaseModerationCommand(int AuditId, int Version) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.ReleaseModeration;

    /// <summary>
    /// Its guards and handler read the audit's row and who took it — no actions, conversations or extension
    /// requests — and hand its open moderation deadline over, read with the audit.
    /// </summary>
    public AuditParts Reads => AuditParts.OpenDeadlines;
}

/// <summary>
/// A practice improvement manager takes an audit from the queue: it shows as theirs to the others, and its deadline
/// (and reminder) is theirs alone. Two taking at once: the version lets one win, and the other is told who.
/// </summary>
public sealed class TakeForModerationHandler(AuditDbContext db, DeadlineScheduler deadlines) : IAuditCommandHandler<TakeForModerationCommand>
{
    public async Task<CommandResult> HandleAsync(TakeForModerationCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        // Fired first: the guards read the audit as it was (not yet taken).
        var audit = context.Audit;
        context.Workflow.Fire(AuditTrigger.TakeForModeration);
        audit.ModerationTakenBy = await db.PersonAsync(context.Actor.StaffId, cancellationToken);
        audit.ModerationTakenById = context.Actor.StaffId;
        audit.ModerationTakenAt = context.Now;
        context.History(null);
        await deadlines.HandOverAsync(audit, DeadlineKind.ModerationDue, context.Actor.StaffId, null, context.Now, cancellationToken);
        return CommandResult.Success;
    }
}

/// <summary>The moderator who took it (or a QA lead) puts the audit back in the queue for any practice improvement manager.</summary>
public sealed class ReleaseModerationHandler(DeadlineScheduler deadlines) : IAuditCommandHandler<ReleaseModerationCommand>
{
    public async Task<CommandResult> HandleAsync(ReleaseModerationCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        var taker = audit.ModerationTakenBy?.FullName;
        context.Workflow.Fire(AuditTrigger.ReleaseModeration);
        audit.ModerationTakenById = null;
        audit.ModerationTakenBy = null;
        audit.ModerationTakenAt = null;
        context.History($"Back in the moderation queue: it had been taken by {taker ?? "a practice improvement manager"}");
        await deadlines.HandOverAsync(audit, DeadlineKind.ModerationDue, null, Roles.PracticeImprovementManager, context.Now, cancellationToken);
        return CommandResult.Success;
    }
}
