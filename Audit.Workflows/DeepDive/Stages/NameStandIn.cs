using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive.Stages;

public sealed record NameStandInCommand(int AuditId, int Version, string? StandInId) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.NameStandIn;
}

/// <summary>
/// A QA lead names someone to hold the current stage in place of the post-holder — the post is vacant, or its holder
/// is away. The stand-in gets the stage's deadline and reminder, can see the audit, and is told. It lasts for this
/// stage only.
/// </summary>
public sealed class NameStandInHandler(AuditDbContext db, StandInCandidates candidates, DeadlineScheduler deadlines, StageEntry stages)
    : IAuditCommandHandler<NameStandInCommand>
{
    public async Task<CommandResult> HandleAsync(NameStandInCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        var post = StageHolding.PostFor(audit.State)!.Value;
        var choices = await candidates.ForAsync(audit, cancellationToken);
        if (choices.FirstOrDefault(c => c.Id == command.StandInId) is not { } chosen)
        {
            return CommandResult.Failure(nameof(command.StandInId), $"Select who will stand in for the {post.Name()}");
        }

        audit.StandIn = await db.PersonAsync(chosen.Id, cancellationToken);
        audit.StandInId = chosen.Id;
        audit.StandInState = audit.State;
        context.Workflow.Fire(AuditTrigger.NameStandIn);
        context.History($"{chosen.FullName} is standing in for the {post.Name()}");
        var kind = audit.State.StageDeadline()!.Value;
        await deadlines.HandOverAsync(audit, kind, chosen.Id, null, context.Now, cancellationToken);
        var deadline = await deadlines.OpenDeadlineAsync(audit, kind, cancellationToken);
        await stages.AnnounceAsync(audit, deadline is null ? context.Today : DeadlineEmails.DueDateOf(deadline), null, cancellationToken);
        return CommandResult.Success;
    }
}

/// <summary>Who may stand in for a post on an audit: active holders of the post's role, other than the people the audit is about.</summary>
public sealed class StandInCandidates(AuditDbContext db)
{
    public async Task<IReadOnlyList<StaffMember>> ForAsync(CaseAudit audit, CancellationToken cancellationToken = default)
    {
        if (StageHolding.PostFor(audit.State) is not { } post)
        {
            return [];
        }

        var roleId = Roles.IdOf(post.Role());
        var excluded = new[] { audit.AuditorId, audit.CaseFile?.PractitionerId, audit.CaseFile?.Team?.TeamManagerId, StageHolding.PostHolderId(audit, post) }
            .OfType<string>().ToList();
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && !excluded.Contains(u.Id) && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.FullName)
            .ToListAsync(cancellationToken);
    }
}
