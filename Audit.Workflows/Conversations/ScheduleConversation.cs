using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Workflows.Conversations;

public sealed record ScheduleConversationCommand(int AuditId, int Version, DateTimeOffset? When, string? Location) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.ScheduleConversation;
}

/// <summary>The service manager (or whoever holds the stage) sets when and where the reflective conversation will be.</summary>
public sealed class ScheduleConversationHandler : IAuditCommandHandler<ScheduleConversationCommand>
{
    public const int LocationLimit = 200;

    public Task<CommandResult> HandleAsync(ScheduleConversationCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var errors = new CommandResult();
        if (command.When is null)
        {
            errors.AddError(nameof(command.When), "Enter the date and time of the conversation");
        }
        else if (command.When <= context.Now)
        {
            errors.AddError(nameof(command.When), "Enter a date and time in the future");
        }
        else if (command.When > context.Now.AddYears(DateBounds.YearsAhead))
        {
            errors.AddError(nameof(command.When), DateBounds.TooFarAhead(context.Today));
        }

        if (string.IsNullOrWhiteSpace(command.Location))
        {
            errors.AddError(nameof(command.Location), "Enter where the conversation will be held, or how to join it");
        }
        else if (command.Location.Length > LocationLimit)
        {
            errors.AddError(nameof(command.Location), $"Location must be {LocationLimit} characters or fewer");
        }

        if (!errors.Succeeded)
        {
            return Task.FromResult(errors);
        }

        context.Audit.ConversationScheduledFor = command.When;
        context.Audit.ConversationLocation = command.Location!.Trim();
        context.Workflow.Fire(AuditTrigger.ScheduleConversation);
        context.History(context.ActingFor($"Scheduled for {UkTime.ToUk(command.When!.Value):d MMMM yyyy HH:mm}"));
        return Task.FromResult(CommandResult.Success);
    }
}
