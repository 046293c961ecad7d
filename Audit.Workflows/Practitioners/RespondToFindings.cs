using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Workflows.Practitioners;

/// <summary>The practitioner adds (or changes) their response to the audit's findings.</summary>
public sealed record RespondToFindingsCommand(int AuditId, int Version, string? Response) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.RespondToFindings;
}

/// <summary>
/// Keeps the practitioner's response to the findings beside them: audits are done with people, not to them. Who may
/// respond and when is the workflow's rule (<see cref="AuditTrigger.RespondToFindings"/>: the practitioner alone, at
/// any time once moderation has settled the grade).
/// </summary>
public sealed class RespondToFindingsHandler : IAuditCommandHandler<RespondToFindingsCommand>
{
    public Task<CommandResult> HandleAsync(RespondToFindingsCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var problems = PractitionerText.Check(nameof(command.Response), command.Response, "Enter your response to the findings", "Your response");
        if (!problems.Succeeded)
        {
            return Task.FromResult(problems);
        }

        var audit = context.Audit;
        var changed = audit.PractitionerResponse is not null;
        audit.PractitionerResponse = command.Response!.Trim();
        audit.PractitionerResponseAt = context.Now;
        context.Workflow.Fire(AuditTrigger.RespondToFindings);
        context.History(changed ? "The practitioner changed their response to the findings" : "The practitioner responded to the findings");
        return Task.FromResult(CommandResult.Success);
    }
}
