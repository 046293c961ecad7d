using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Workflows.Actions;

public sealed record RecordActionProgressCommand(int AuditId, int ActionId, int Version, string? Progress) : IActionCommand
{
    public AuditTrigger Trigger => AuditTrigger.RecordActionProgress;
}

/// <summary>The owner notes how the action is going; each note is kept in the history.</summary>
public sealed class RecordActionProgressHandler : IAuditCommandHandler<RecordActionProgressCommand>
{
    public Task<CommandResult> HandleAsync(RecordActionProgressCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var (action, refusal) = ActionStep.Find(context, command.ActionId, command.Trigger);
        if (refusal is not null)
        {
            return Task.FromResult(refusal);
        }

        var errors = new CommandResult();
        var progress = ActionStep.Required(errors, nameof(command.Progress), command.Progress, "Enter the progress made on the action", "Progress");
        if (!errors.Succeeded)
        {
            return Task.FromResult(errors);
        }

        context.Workflow.FireAction(command.Trigger, action!);
        ActionStep.History(context, action!, $"Progress on “{action!.Description}”: {progress}");
        return Task.FromResult(CommandResult.Success);
    }
}
