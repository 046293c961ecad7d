using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Conversations;

/// <param name="InviteeId">The <see cref="ConversationInvitee"/> whose proposed time is decided.</param>
public sealed record DecideProposalCommand(int AuditId, int Version, int InviteeId, bool? Accept) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.DecideProposal;
}

/// <summary>
/// The organiser accepts a proposed time — the conversation moves there, SEQUENCE raised, everyone is sent the
/// updated invitation and asked again (the proposer counts as accepting) — or declines it, keeping the time.
/// </summary>
public sealed class DecideProposalHandler(AuditDbContext db, ConversationInvitations invitations, ConversationEmails emails)
    : IAuditCommandHandler<DecideProposalCommand>
{
    public async Task<CommandResult> HandleAsync(DecideProposalCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var conversation = ConversationPolicy.Current(context.Audit)!;
        var proposal = conversation.Invitees.FirstOrDefault(i => i.Id == command.InviteeId && ConversationPolicy.IsPendingProposal(i));
        if (proposal is null)
        {
            return CommandResult.Failure(string.Empty, "That proposed time has already been decided, or was changed: review the answers and try again");
        }

        if (command.Accept is null)
        {
            return CommandResult.Failure(nameof(command.Accept), "Select whether to accept the proposed time");
        }

        if (command.Accept == true && proposal.ProposedStart <= context.Now)
        {
            return CommandResult.Failure(nameof(command.Accept), "The proposed time has passed: schedule the conversation at a new time instead");
        }

        // Fired before the change: the workflow's guard asks whether a proposal is still waiting.
        context.Workflow.Fire(AuditTrigger.DecideProposal);
        var proposer = await db.Users.AsNoTracking().SingleAsync(u => u.Id == proposal.StaffId, cancellationToken);
        if (command.Accept == false)
        {
            proposal.ProposalDeclinedAt = context.Now;
            context.History(context.ActingFor($"Kept the time: declined the time {proposer.FullName} proposed"));
            emails.ProposalDeclined(context.Audit, conversation, proposer);
            return CommandResult.Success;
        }

        conversation.StartsAt = proposal.ProposedStart!.Value;
        conversation.EndsAt = proposal.ProposedEnd!.Value;
        conversation.Sequence++;
        foreach (var invitee in conversation.Invitees)
        {
            ScheduleConversationHandler.AskAgain(invitee);
        }

        proposal.Answer = InvitationAnswer.Accepted;
        proposal.AnsweredAt = context.Now;
        context.Audit.ConversationScheduledFor = conversation.StartsAt;
        context.History(context.ActingFor($"Accepted the time {proposer.FullName} proposed: moved to {ScheduleConversationHandler.Span(conversation.StartsAt, conversation.EndsAt)}"));
        await invitations.SendAsync(context.Audit, conversation, context.Now, isUpdate: true, cancellationToken);
        return CommandResult.Success;
    }
}
