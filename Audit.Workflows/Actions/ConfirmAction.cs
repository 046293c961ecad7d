using Audit.Data;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Actions;

public sealed record ConfirmActionCommand(int AuditId, int ActionId, int Version) : IActionCommand
{
    public AuditTrigger Trigger => AuditTrigger.ConfirmAction;
}

/// <summary>
/// The auditor or the practitioner's team manager confirms the action was done; the owner is told. When the last
/// action is confirmed, Audit closes the audit by its own rule.
/// </summary>
public sealed class ConfirmActionHandler(AuditDbContext db, ActionEmails emails, AuditClosing closing) : IAuditCommandHandler<ConfirmActionCommand>
{
    public async Task<CommandResult> HandleAsync(ConfirmActionCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var (action, refusal) = ActionStep.Find(context, command.ActionId, command.Trigger);
        if (refusal is not null)
        {
            return refusal;
        }

        context.Workflow.FireAction(command.Trigger, action!);
        action!.ConfirmedAt = context.Now;
        action.ConfirmedById = context.Actor.StaffId;
        ActionStep.History(context, action, $"Confirmed “{action.Description}” as complete");
        emails.Confirmed(context.Audit, action, await db.PersonAsync(action.OwnerId, cancellationToken));

        var system = await context.SystemWorkflowAsync(cancellationToken);
        if (system.Check(AuditTrigger.Close).IsAllowed)
        {
            system.Fire(AuditTrigger.Close);
            context.History("Every action confirmed as complete", trigger1: AuditTrigger.Close, bySystem: true);
            await closing.CloseAsync(context, cancellationToken);
        }

        return CommandResult.Success;
    }
}
