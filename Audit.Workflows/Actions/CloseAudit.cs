using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Workflows.Actions;

public sealed record CloseAuditCommand(int AuditId, int Version, string? Reason) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.Close;
}

/// <summary>
/// A QA lead closes an audit before every action is confirmed (an action overtaken by events, a case closed in the
/// case system), recording why. The auditor and the action owners are told.
/// </summary>
public sealed class CloseAuditHandler(AuditClosing closing) : IAuditCommandHandler<CloseAuditCommand>
{
    public async Task<CommandResult> HandleAsync(CloseAuditCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var errors = new CommandResult();
        var reason = ActionStep.Required(errors, nameof(command.Reason), command.Reason, "Enter the reason for closing the audit", "Reason");
        if (!errors.Succeeded)
        {
            return errors;
        }

        context.Workflow.Fire(AuditTrigger.Close);
        context.History($"Closed by a QA lead: {reason}");
        await closing.CloseAsync(context, cancellationToken);
        return CommandResult.Success;
    }
}
