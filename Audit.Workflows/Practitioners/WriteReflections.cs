using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Workflows.Practitioners;

/// <summary>The practitioner writes (or changes) their own reflections on the audit and the reflective conversation.</summary>
public sealed record WriteReflectionsCommand(int AuditId, int Version, string? Reflections) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.WriteReflections;
}

/// <summary>
/// Keeps the practitioner's reflections, in their words. Who may write them and when is the workflow's rule
/// (<see cref="AuditTrigger.WriteReflections"/>: the practitioner alone, once the audit reaches the reflective
/// conversation); the history says they were written, never what they say.
/// </summary>
public sealed class WriteReflectionsHandler : IAuditCommandHandler<WriteReflectionsCommand>
{
    public Task<CommandResult> HandleAsync(WriteReflectionsCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var problems = PractitionerText.Check(nameof(command.Reflections), command.Reflections, "Enter your reflections", "Your reflections");
        if (!problems.Succeeded)
        {
            return Task.FromResult(problems);
        }

        var audit = context.Audit;
        var changed = audit.PractitionerReflections is not null;
        audit.PractitionerReflections = command.Reflections!.Trim();
        audit.PractitionerReflectionsAt = context.Now;
        context.Workflow.Fire(AuditTrigger.WriteReflections);
        context.History(changed ? "The practitioner changed their reflections" : "The practitioner wrote their reflections");
        return Task.FromResult(CommandResult.Success);
    }
}
