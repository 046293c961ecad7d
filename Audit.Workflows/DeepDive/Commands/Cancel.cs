using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive.Commands;

public sealed record CancelCommand(int AuditId, int Version, string? Reason) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.Cancel;
}

/// <summary>The QA lead stops the audit, with a reason. Every open deadline ends; the auditor is told.</summary>
public sealed class CancelHandler(AuditDbContext db, DeadlineScheduler deadlines, DeepDiveEmails emails) : IAuditCommandHandler<CancelCommand>
{
    public async Task<CommandResult> HandleAsync(CancelCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return CommandResult.Failure(nameof(command.Reason), "Enter the reason for cancelling the audit");
        }

        if (command.Reason.Length > Limits.ShortText)
        {
            return CommandResult.Failure(nameof(command.Reason), $"Reason must be {Limits.ShortText} characters or fewer");
        }

        context.Audit.CancelledAt = context.Now;
        context.Audit.CancellationReason = command.Reason.Trim();
        context.Audit.ModerationTakenById = null;
        context.Workflow.Fire(AuditTrigger.Cancel);
        context.History(command.Reason.Trim());
        await deadlines.CompleteAsync(context.Audit, context.Now, cancellationToken, Enum.GetValues<DeadlineKind>());
        emails.Cancelled(context.Audit, await db.PersonAsync(context.Audit.AuditorId, cancellationToken));
        return CommandResult.Success;
    }
}
