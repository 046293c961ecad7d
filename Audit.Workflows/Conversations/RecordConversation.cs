using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.DeepDive.Stages;

namespace Audit.Workflows.Conversations;

/// <param name="HeldOn">The UK date it was held.</param>
/// <param name="AttendedIds">Which of those invited attended.</param>
/// <param name="EarlierReason">Why it is recorded before its scheduled start (or with none scheduled): it happened earlier, elsewhere.</param>
/// <param name="Actions">The remedial actions agreed, one per row of the form (blank rows ignored): at least one (<see cref="ConversationPolicy.ActionsRefusal"/>).</param>
public sealed record RecordConversationCommand(int AuditId, int Version, DateOnly? HeldOn, string? Learning,
    IReadOnlyList<string>? AttendedIds = null, string? EarlierReason = null, IReadOnlyList<AgreedAction?>? Actions = null) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.RecordConversation;
}

/// <summary>
/// The learning identified in the reflective conversation is recorded, with when it was held and who attended; the
/// remedial actions agreed are added to the audit, and it moves on to its actions. The practitioner writes their own reflections: the service manager does not.
/// </summary>
public sealed class RecordConversationHandler(DeadlineScheduler deadlines, StageEntry stages, ConversationInvitations invitations,
    ConversationActions actions)
    : IAuditCommandHandler<RecordConversationCommand>
{
    public async Task<CommandResult> HandleAsync(RecordConversationCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var conversation = ConversationPolicy.Current(context.Audit);
        var errors = new CommandResult();
        if (ConversationPolicy.RecordingRefusal(conversation, context.Now, command.EarlierReason) is { } refusal)
        {
            errors.AddError(nameof(command.EarlierReason), refusal);
        }

        if (command.HeldOn is null)
        {
            errors.AddError(nameof(command.HeldOn), "Enter the date the conversation was held");
        }
        else if (command.HeldOn > context.Today)
        {
            errors.AddError(nameof(command.HeldOn), "The date the conversation was held must be today or in the past");
        }

        var attended = (command.AttendedIds ?? []).Distinct().ToList();
        if (attended.Any(id => conversation?.Invitees.Any(i => i.StaffId == id) != true))
        {
            errors.AddError(nameof(command.AttendedIds), "Choose who attended from the people invited");
        }

        if (string.IsNullOrWhiteSpace(command.Learning))
        {
            errors.AddError(nameof(command.Learning), "Enter the learning identified in the conversation");
        }
        else if (command.Learning.Length > Limits.LongText)
        {
            errors.AddError(nameof(command.Learning), $"Learning must be {Limits.LongText} characters or fewer");
        }

        if (command.EarlierReason is { Length: > Limits.ShortText })
        {
            errors.AddError(nameof(command.EarlierReason), $"The reason must be {Limits.ShortText} characters or fewer");
        }

        var agreed = await actions.CheckAsync(errors, command.Actions ?? [], context, cancellationToken);
        if (!errors.Succeeded)
        {
            return errors;
        }

        var heldOn = command.HeldOn!.Value;
        var reason = string.IsNullOrWhiteSpace(command.EarlierReason) ? null : command.EarlierReason.Trim();
        if (conversation is not null)
        {
            conversation.HeldEarlierReason = reason;
            foreach (var invitee in conversation.Invitees)
            {
                invitee.Attended = attended.Contains(invitee.StaffId);
            }
        }

        // Held at the scheduled start when that is the day it was held; otherwise the day is what is known.
        context.Audit.ConversationHeldAt = conversation is not null && conversation.StartsAt <= context.Now
            && DateOnly.FromDateTime(UkTime.ToUk(conversation.StartsAt).DateTime) == heldOn
                ? conversation.StartsAt
                : Min(WorkingDays.UkInstant(heldOn, new TimeOnly(12, 0)), context.Now);
        context.Audit.ConversationLearning = command.Learning!.Trim();
        actions.Add(context, agreed);
        context.Workflow.Fire(AuditTrigger.RecordConversation);
        context.History(context.ActingFor(reason is null
            ? $"Reflective conversation recorded, {Agreed(agreed.Count)}"
            : $"Reflective conversation recorded, {Agreed(agreed.Count)}, held on {heldOn:d MMMM yyyy} before or without its scheduled time: {reason}"));
        await deadlines.CompleteAsync(context.Audit, context.Now, cancellationToken, DeadlineKind.ConversationDue);
        await invitations.CloseRemindersAsync(context.Audit, context.Now, cancellationToken);
        await stages.EnterAsync(context, cancellationToken);
        return CommandResult.Success;
    }

    private static string Agreed(int count) => count == 1 ? "1 remedial action agreed" : $"{count} remedial actions agreed";

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
