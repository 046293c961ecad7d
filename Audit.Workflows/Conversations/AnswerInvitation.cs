using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Conversations;

/// <param name="ProposedDate">With <paramref name="ProposedStartTime"/> and <paramref name="ProposedEndTime"/>, UK time, when proposing another time.</param>
public sealed record AnswerInvitationCommand(int AuditId, int Version, InvitationAnswer? Answer, string? DeclineReason = null,
    DateOnly? ProposedDate = null, TimeOnly? ProposedStartTime = null, TimeOnly? ProposedEndTime = null) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.AnswerInvitation;
}

/// <summary>
/// Someone invited accepts, declines with a reason, or proposes another time. The organiser is told by email (never
/// the reason, which stays in Audit) and the audit shows every answer.
/// </summary>
public sealed class AnswerInvitationHandler(AuditDbContext db, WorkingDays workingDays, DeadlineScheduler deadlines, ConversationEmails emails)
    : IAuditCommandHandler<AnswerInvitationCommand>
{
    public async Task<CommandResult> HandleAsync(AnswerInvitationCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var conversation = ConversationPolicy.Current(context.Audit)!;
        var invitee = conversation.Invitees.Single(i => i.StaffId == context.Actor.StaffId);
        if (ConversationPolicy.AnswerRefusal(conversation, context.Now) is { } refusal)
        {
            return CommandResult.Failure(string.Empty, refusal);
        }

        var errors = new CommandResult();
        (DateTimeOffset Start, DateTimeOffset End)? proposed = null;
        switch (command.Answer)
        {
            case null or InvitationAnswer.NeedsAction:
                errors.AddError(nameof(command.Answer), "Select whether you can attend");
                break;
            case InvitationAnswer.Declined when string.IsNullOrWhiteSpace(command.DeclineReason):
                errors.AddError(nameof(command.DeclineReason), "Enter why you cannot attend");
                break;
            case InvitationAnswer.Declined when command.DeclineReason!.Length > Limits.ShortText:
                errors.AddError(nameof(command.DeclineReason), $"The reason must be {Limits.ShortText} characters or fewer");
                break;
            case InvitationAnswer.ProposedNewTime:
                var isWorkingDay = command.ProposedDate is not { } day || await workingDays.IsWorkingDayAsync(day, cancellationToken);
                var due = await deadlines.OpenDeadlineAsync(context.Audit, DeadlineKind.ConversationDue, cancellationToken);
                proposed = ConversationPolicy.CheckTimes(errors, command.ProposedDate, command.ProposedStartTime, command.ProposedEndTime, isWorkingDay,
                    context.Now, due is null ? null : DeadlineEmails.DueDateOf(due),
                    nameof(command.ProposedDate), nameof(command.ProposedStartTime), nameof(command.ProposedEndTime));
                break;
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        context.Workflow.Fire(AuditTrigger.AnswerInvitation);
        ScheduleConversationHandler.AskAgain(invitee);
        invitee.Answer = command.Answer!.Value;
        invitee.AnsweredAt = context.Now;
        invitee.DeclineReason = command.Answer == InvitationAnswer.Declined ? command.DeclineReason!.Trim() : null;
        (invitee.ProposedStart, invitee.ProposedEnd) = proposed is var (s, e) ? (s, e) : ((DateTimeOffset?)null, (DateTimeOffset?)null);
        var me = await db.Users.AsNoTracking().SingleAsync(u => u.Id == invitee.StaffId, cancellationToken);
        context.History(invitee.Answer switch
        {
            InvitationAnswer.Accepted => $"{me.FullName} accepted",
            InvitationAnswer.Declined => $"{me.FullName} declined: {invitee.DeclineReason}",
            _ => $"{me.FullName} proposed {ScheduleConversationHandler.Span(invitee.ProposedStart!.Value, invitee.ProposedEnd!.Value)}",
        });
        var organiser = await db.Users.AsNoTracking().SingleAsync(u => u.Id == conversation.OrganiserId, cancellationToken);
        emails.Answered(context.Audit, invitee, organiser, me.FullName);
        return CommandResult.Success;
    }
}
