using Audit.Data;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Actions;

public sealed record ReopenActionCommand(int AuditId, int ActionId, int Version, string? Reason) : IActionCommand
{
    public AuditTrigger Trigger => AuditTrigger.ReopenAction;
}

/// <summary>
/// The auditor or the practitioner's team manager finds more is needed: the action is open again, the owner is told
/// (the reason stays in Audit), and its deadline runs again.
/// </summary>
public sealed class ReopenActionHandler(AuditDbContext db, ActionDeadlines deadlines, ActionEmails emails) : IAuditCommandHandler<ReopenActionCommand>
{
    public async Task<CommandResult> HandleAsync(ReopenActionCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var (action, refusal) = ActionStep.Find(context, command.ActionId, command.Trigger);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new CommandResult();
        var reason = ActionStep.Required(errors, nameof(command.Reason), command.Reason, "Enter the reason for reopening the action", "Reason");
        if (!errors.Succeeded)
        {
            return errors;
        }

        context.Workflow.FireAction(command.Trigger, action!);
        action!.CompletedAt = null;
        action.CompletedById = null;
        action.CompletionNote = null;
        action.ConfirmedAt = null;
        action.ConfirmedById = null;
        ActionStep.History(context, action, $"Reopened “{action.Description}”: {reason}");
        await deadlines.ReopenAsync(context.Audit, action, context.Settings.ReminderLeadWorkingDays, cancellationToken);
        emails.Reopened(context.Audit, action, await db.PersonAsync(action.OwnerId, cancellationToken));
        return CommandResult.Success;
    }
}
