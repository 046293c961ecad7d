using Audit.Data;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Actions;

public sealed record CompleteActionCommand(int AuditId, int ActionId, int Version, string? Evidence) : IActionCommand
{
    public AuditTrigger Trigger => AuditTrigger.CompleteAction;
}

/// <summary>
/// The owner marks the action complete with a note of the evidence. It then waits for the auditor or the
/// practitioner's team manager to confirm it, and both are told; the audit stays open until it is confirmed.
/// </summary>
public sealed class CompleteActionHandler(AuditDbContext db, ActionDeadlines deadlines, ActionEmails emails) : IAuditCommandHandler<CompleteActionCommand>
{
    public async Task<CommandResult> HandleAsync(CompleteActionCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var (action, refusal) = ActionStep.Find(context, command.ActionId, command.Trigger);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new CommandResult();
        var evidence = ActionStep.Required(errors, nameof(command.Evidence), command.Evidence,
            "Enter a note of the evidence that the action is done", "The evidence");
        if (!errors.Succeeded)
        {
            return errors;
        }

        context.Workflow.FireAction(command.Trigger, action!);
        action!.CompletedAt = context.Now;
        action.CompletedById = context.Actor.StaffId;
        action.CompletionNote = evidence;
        ActionStep.History(context, action, $"Completed “{action.Description}”. Evidence: {evidence}");
        await deadlines.CompleteAsync(action, context.Now, cancellationToken);

        var team = context.Audit.CaseFile?.Team;
        var confirmers = new[] { context.Audit.AuditorId, team?.TeamManagerId }.OfType<string>().Distinct().Where(id => id != context.Actor.StaffId);
        foreach (var id in confirmers)
        {
            emails.ReadyToConfirm(context.Audit, action, await db.PersonAsync(id, cancellationToken));
        }

        return CommandResult.Success;
    }
}
