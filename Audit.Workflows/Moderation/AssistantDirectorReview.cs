using Audit.Workflows.Tools;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.DeepDive.Stages;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Moderation;

public sealed record CoSignCommand(int AuditId, int Version, string? Comment) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.CoSign;
}

public sealed record SendBackToModerationCommand(int AuditId, int Version, string? Comment) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.SendBackToModeration;
}

/// <summary>
/// The assistant director (or their stand-in, or a QA lead acting for a vacant post) co-signs the moderation: the
/// grade stands and the auditor is told. An inadequate grade goes on to the reflective conversation only now.
/// </summary>
public sealed class CoSignHandler(AuditDbContext db, DeadlineScheduler deadlines, StageEntry stages, DeepDiveEmails emails) : IAuditCommandHandler<CoSignCommand>
{
    public async Task<CommandResult> HandleAsync(CoSignCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        if (command.Comment is { Length: > Limits.ShortText })
        {
            return CommandResult.Failure(nameof(command.Comment), $"Comment must be {Limits.ShortText:N0} characters or fewer");
        }

        context.Audit.CoSignedById = context.Actor.StaffId;
        context.Audit.CoSignedAt = context.Now;
        context.Workflow.Fire(AuditTrigger.CoSign);
        context.History(context.ActingFor(string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim()), context.Audit.FinalGrade, context.Audit.FinalGrade);
        await deadlines.CompleteAsync(context.Audit, context.Now, cancellationToken, DeadlineKind.CoSignDue);
        // The auditor heard the moderator's decision; now they hear that it stands.
        emails.CoSigned(context.Audit, await db.PersonAsync(context.Audit.AuditorId, cancellationToken));
        await stages.EnterAsync(context, cancellationToken);
        return CommandResult.Success;
    }
}

/// <summary>
/// The assistant director does not agree with the moderation: the audit goes back to moderation with their comment,
/// to the moderator who decided it when they still can moderate it.
/// </summary>
public sealed class SendBackToModerationHandler(DeadlineScheduler deadlines, StageEntry stages, ModerationAssignment assignment)
    : IAuditCommandHandler<SendBackToModerationCommand>
{
    public async Task<CommandResult> HandleAsync(SendBackToModerationCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Comment))
        {
            return CommandResult.Failure(nameof(command.Comment), "Enter why you are sending the audit back to moderation");
        }

        if (command.Comment.Length > Limits.ShortText)
        {
            return CommandResult.Failure(nameof(command.Comment), $"Comment must be {Limits.ShortText:N0} characters or fewer");
        }

        var audit = context.Audit;
        context.Workflow.Fire(AuditTrigger.SendBackToModeration);
        context.History(context.ActingFor(command.Comment.Trim()), audit.FinalGrade, audit.FinalGrade);
        await deadlines.CompleteAsync(audit, context.Now, cancellationToken, DeadlineKind.CoSignDue);
        var backWith = await assignment.GiveBackAsync(audit, audit.ModeratorId, context.Now, cancellationToken);
        await stages.EnterAsync(context, cancellationToken, backWith
            ? $"The assistant director has sent {audit.ToolKind.Wording()} {audit.Reference}, which you moderated, back to moderation. Their comment is on the audit."
            : null);
        return CommandResult.Success;
    }
}
