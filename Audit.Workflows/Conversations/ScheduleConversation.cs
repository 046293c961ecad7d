using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Conversations;

/// <param name="Date">The UK date; <paramref name="StartTime"/> and <paramref name="EndTime"/> are UK wall-clock times.</param>
/// <param name="OtherInviteeIds">Staff invited besides the practitioner and their team manager, who always are.</param>
public sealed record ScheduleConversationCommand(int AuditId, int Version, DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime,
    string? Location, string? AgendaNote = null, IReadOnlyList<string>? OtherInviteeIds = null) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.ScheduleConversation;
}

/// <summary>
/// The service manager (or whoever holds the stage) sets when and where the reflective conversation will be. The
/// practitioner and their team manager are invited, with anyone else chosen; each is sent a calendar invitation.
/// Scheduling a conversation already planned moves it: the same calendar event with its SEQUENCE raised, and every
/// answer asked for again.
/// </summary>
public sealed class ScheduleConversationHandler(AuditDbContext db, WorkingDays workingDays, DeadlineScheduler deadlines, ConversationInvitations invitations)
    : IAuditCommandHandler<ScheduleConversationCommand>
{
    public const int LocationLimit = ConversationPolicy.LocationLimit;

    public async Task<CommandResult> HandleAsync(ScheduleConversationCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var errors = new CommandResult();
        var isWorkingDay = command.Date is not { } day || await workingDays.IsWorkingDayAsync(day, cancellationToken);
        var due = await deadlines.OpenDeadlineAsync(context.Audit, DeadlineKind.ConversationDue, cancellationToken);
        var times = ConversationPolicy.CheckTimes(errors, command.Date, command.StartTime, command.EndTime, isWorkingDay, context.Now,
            due is null ? null : DeadlineEmails.DueDateOf(due), nameof(command.Date), nameof(command.StartTime), nameof(command.EndTime));

        if (string.IsNullOrWhiteSpace(command.Location))
        {
            errors.AddError(nameof(command.Location), "Enter where the conversation will be held, or how to join it");
        }
        else if (command.Location.Length > LocationLimit)
        {
            errors.AddError(nameof(command.Location), $"Location must be {LocationLimit} characters or fewer");
        }

        if (command.AgendaNote is { Length: > Limits.ShortText })
        {
            errors.AddError(nameof(command.AgendaNote), $"The agenda note must be {Limits.ShortText} characters or fewer");
        }

        var others = (command.OtherInviteeIds ?? []).Distinct().ToList();
        var known = await db.Users.Where(u => others.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
        if (known.Count != others.Count)
        {
            errors.AddError(nameof(command.OtherInviteeIds), "Choose other people from the list");
        }

        var required = new[] { context.Audit.CaseFile?.PractitionerId, context.Audit.CaseFile?.Team?.TeamManagerId }.OfType<string>().ToList();
        if (required.Count == 0 && others.Count == 0)
        {
            errors.AddError(nameof(command.OtherInviteeIds), "The case has no practitioner or team manager recorded: choose who to invite");
        }

        if (!errors.Succeeded || times is not var (startsAt, endsAt))
        {
            return errors;
        }

        var current = ConversationPolicy.Current(context.Audit);
        var isUpdate = current is not null;
        var conversation = current ?? new ReflectiveConversation
        {
            Uid = invitations.NewUid(),
            Location = string.Empty,
            OrganiserId = context.Actor.StaffId,
            CreatedAt = context.Now,
        };
        if (isUpdate)
        {
            conversation.Sequence++;
            conversation.OrganiserId = context.Actor.StaffId;
        }
        else
        {
            context.Audit.Conversations.Add(conversation);
        }

        conversation.StartsAt = startsAt;
        conversation.EndsAt = endsAt;
        conversation.Location = command.Location!.Trim();
        conversation.AgendaNote = string.IsNullOrWhiteSpace(command.AgendaNote) ? null : command.AgendaNote.Trim();
        foreach (var invitee in conversation.Invitees)
        {
            AskAgain(invitee);
        }

        // The organiser is not their own invitee; anyone already invited stays invited.
        foreach (var staffId in required.Concat(others).Distinct().Where(id => id != conversation.OrganiserId))
        {
            if (conversation.Invitees.All(i => i.StaffId != staffId))
            {
                conversation.Invitees.Add(new ConversationInvitee { StaffId = staffId });
            }
        }

        context.Audit.ConversationScheduledFor = startsAt;
        context.Audit.ConversationLocation = conversation.Location;
        context.Workflow.Fire(AuditTrigger.ScheduleConversation);
        context.History(context.ActingFor($"{(isUpdate ? "Moved to" : "Scheduled for")} {Span(startsAt, endsAt)}"));
        await invitations.SendAsync(context.Audit, conversation, context.Now, isUpdate, cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>A moved conversation is a new question: every answer is asked for again.</summary>
    public static void AskAgain(ConversationInvitee invitee)
    {
        invitee.Answer = InvitationAnswer.NeedsAction;
        invitee.DeclineReason = null;
        invitee.ProposedStart = null;
        invitee.ProposedEnd = null;
        invitee.ProposalDeclinedAt = null;
        invitee.AnsweredAt = null;
    }

    public static string Span(DateTimeOffset start, DateTimeOffset end) =>
        $"{UkTime.ToUk(start):d MMMM yyyy HH:mm} to {UkTime.ToUk(end):HH:mm}";
}
