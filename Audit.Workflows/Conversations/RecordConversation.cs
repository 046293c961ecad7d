using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.DeepDive.Stages;

namespace Audit.Workflows.Conversations;

public sealed record RecordConversationCommand(int AuditId, int Version, string? Learning, string? PractitionerReflections) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.RecordConversation;
}

/// <summary>The learning agreed in the reflective conversation is recorded; the audit moves on to its actions.</summary>
public sealed class RecordConversationHandler(DeadlineScheduler deadlines, StageEntry stages) : IAuditCommandHandler<RecordConversationCommand>
{
    public async Task<CommandResult> HandleAsync(RecordConversationCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var errors = new CommandResult();
        if (string.IsNullOrWhiteSpace(command.Learning))
        {
            errors.AddError(nameof(command.Learning), "Enter the learning agreed in the conversation");
        }
        else if (command.Learning.Length > Limits.LongText)
        {
            errors.AddError(nameof(command.Learning), $"Learning must be {Limits.LongText} characters or fewer");
        }

        if (command.PractitionerReflections is { Length: > Limits.LongText })
        {
            errors.AddError(nameof(command.PractitionerReflections), $"Reflections must be {Limits.LongText} characters or fewer");
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        context.Audit.ConversationHeldAt = context.Now;
        context.Audit.ConversationLearning = command.Learning!.Trim();
        context.Audit.PractitionerReflections = command.PractitionerReflections?.Trim();
        context.Workflow.Fire(AuditTrigger.RecordConversation);
        context.History(context.ActingFor("Reflective conversation recorded"));
        await deadlines.CompleteAsync(context.Audit, context.Now, cancellationToken, DeadlineKind.ConversationDue);
        await stages.EnterAsync(context, cancellationToken);
        return CommandResult.Success;
    }
}
