using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Actions;

public sealed record CompleteActionCommand(int AuditId, int ActionId, int Version, string? Note) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.CompleteAction;
}

/// <summary>
/// The owner of an action (or a QA lead) marks it complete — the workflow decides who may, for this action. When the
/// last one is done, Audit closes the audit by its own rule.
/// </summary>
public sealed class CompleteActionHandler(AuditDbContext db) : IAuditCommandHandler<CompleteActionCommand>
{
    public async Task<CommandResult> HandleAsync(CompleteActionCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var action = context.Audit.Actions.FirstOrDefault(a => a.Id == command.ActionId);
        if (action is null)
        {
            return CommandResult.Failure(string.Empty, "The action could not be found, or is already complete");
        }

        if (context.Workflow.CheckCompleteAction(action) is { IsAllowed: false, Reason: { } reason })
        {
            return CommandResult.Failure(string.Empty, reason);
        }

        if (command.Note is { Length: > Limits.ShortText })
        {
            return CommandResult.Failure(nameof(command.Note), $"Note must be {Limits.ShortText} characters or fewer");
        }

        context.Workflow.CompleteAction(action);
        action.CompletedAt = context.Now;
        action.CompletedById = context.Actor.StaffId;
        action.CompletionNote = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        context.History($"Completed: {action.Description}");
        foreach (var deadline in await db.Deadlines.Where(d => d.AuditActionId == action.Id && d.CompletedAt == null).ToListAsync(cancellationToken))
        {
            deadline.CompletedAt = context.Now;
        }

        var system = await context.SystemWorkflowAsync(cancellationToken);
        if (system.Check(AuditTrigger.Close).IsAllowed)
        {
            system.Fire(AuditTrigger.Close);
            context.Audit.ClosedAt = context.Now;
            context.History("All actions complete", trigger1: AuditTrigger.Close, bySystem: true);
        }

        return CommandResult.Success;
    }
}
