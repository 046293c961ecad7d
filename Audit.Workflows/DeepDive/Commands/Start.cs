using Audit.Workflows.Common;

namespace Audit.Workflows.DeepDive.Commands;

public sealed record StartCommand(int AuditId, int Version) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.Start;
}

/// <summary>The auditor starts their allocated audit.</summary>
public sealed class StartHandler : IAuditCommandHandler<StartCommand>
{
    public Task<CommandResult> HandleAsync(StartCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        context.Workflow.Start();
        context.Audit.StartedAt = context.Now;
        context.History(null);
        return Task.FromResult(CommandResult.Success);
    }
}
