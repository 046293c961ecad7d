using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Workflows.Conversations;

public sealed record CancelConversationCommand(int AuditId, int Version) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.CancelConversation;
}

/// <summary>
/// The organiser calls the conversation off: everyone invited is sent METHOD:CANCEL for the same calendar event
/// (SEQUENCE raised), their reminders are dropped, and the audit still waits for a conversation to be scheduled.
/// </summary>
public sealed class CancelConversationHandler(ConversationInvitations invitations) : IAuditCommandHandler<CancelConversationCommand>
{
    public async Task<CommandResult> HandleAsync(CancelConversationCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var conversation = ConversationPolicy.Current(context.Audit)!;
        // Fired before the change: the workflow's guard asks whether a conversation is still planned.
        context.Workflow.Fire(AuditTrigger.CancelConversation);
        conversation.Sequence++;
        conversation.CancelledAt = context.Now;
        context.Audit.ConversationScheduledFor = null;
        context.Audit.ConversationLocation = null;
        context.History(context.ActingFor($"Cancelled the conversation planned for {ScheduleConversationHandler.Span(conversation.StartsAt, conversation.EndsAt)}"));
        await invitations.CancelAsync(context.Audit, conversation, context.Now, cancellationToken);
        return CommandResult.Success;
    }
}
