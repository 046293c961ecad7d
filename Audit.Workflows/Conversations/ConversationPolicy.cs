using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Notifications;

namespace Audit.Workflows.Conversations;

/// <summary>
/// When a reflective conversation may be held, answered and recorded. The workflow (<c>DeepDiveWorkflow</c>) asks
/// it what exists ("is one scheduled? is a new time proposed?"); the handlers ask it about the times people type.
/// </summary>
public static class ConversationPolicy
{
    /// <summary>Working hours, UK time: a conversation starts and ends within them.</summary>
    public static readonly TimeOnly DayStarts = new(8, 0);
    public static readonly TimeOnly DayEnds = new(18, 0);

    public const int LocationLimit = 200;

    /// <summary>The conversation now planned: the latest one not cancelled.</summary>
    public static ReflectiveConversation? Current(CaseAudit audit) =>
        audit.Conversations.Where(c => c.CancelledAt is null).MaxBy(c => c.Id);

    public static bool IsInvited(CaseAudit audit, string staffId) =>
        Current(audit)?.Invitees.Any(i => i.StaffId == staffId) == true;

    /// <summary>Invitees whose proposed time waits for the organiser's decision.</summary>
    public static IEnumerable<ConversationInvitee> PendingProposals(CaseAudit audit) =>
        Current(audit)?.Invitees.Where(IsPendingProposal) ?? [];

    public static bool IsPendingProposal(ConversationInvitee invitee) =>
        invitee is { Answer: InvitationAnswer.ProposedNewTime, ProposalDeclinedAt: null, ProposedStart: not null, ProposedEnd: not null };

    /// <summary>
    /// Checks a date with start and end times typed for a conversation (scheduling it, or proposing another time),
    /// adding every problem to <paramref name="errors"/> under the given field names. Returns the UTC start and end
    /// when all is well. <paramref name="due"/> is the conversation deadline: the policy's working days from the
    /// inadequate grade being confirmed; once it has passed, the conversation is overdue and any future time will do.
    /// </summary>
    public static (DateTimeOffset Start, DateTimeOffset End)? CheckTimes(CommandResult errors, DateOnly? date, TimeOnly? start, TimeOnly? end,
        bool isWorkingDay, DateTimeOffset now, DateOnly? due, string dateField, string startField, string endField)
    {
        var before = errors.Errors.Count;
        var today = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
        if (date is null)
        {
            errors.AddError(dateField, "Enter the date of the conversation");
        }
        else if (date > DateBounds.LatestDueDate(today))
        {
            errors.AddError(dateField, DateBounds.TooFarAhead(today));
        }
        else if (!isWorkingDay)
        {
            errors.AddError(dateField, "Choose a working day: not a weekend or a bank holiday");
        }
        else if (due is { } d && d >= today && date > d)
        {
            errors.AddError(dateField, $"Choose a date on or before {Display(d)}: the conversation must take place within the policy's working days of the inadequate grade being confirmed");
        }

        if (start is null)
        {
            errors.AddError(startField, "Enter the start time");
        }
        else if (start < DayStarts || start >= DayEnds)
        {
            errors.AddError(startField, $"The start time must be within working hours, between {Hours}");
        }

        if (end is null)
        {
            errors.AddError(endField, "Enter the end time");
        }
        else if (start is { } s && end <= s)
        {
            errors.AddError(endField, "The end time must be after the start time");
        }
        else if (end > DayEnds || end <= DayStarts)
        {
            errors.AddError(endField, $"The end time must be within working hours, between {Hours}");
        }

        if (errors.Errors.Count > before || date is not { } day || start is not { } from || end is not { } to)
        {
            return null;
        }

        var startsAt = WorkingDays.UkInstant(day, from);
        if (startsAt <= now)
        {
            errors.AddError(dateField, "Enter a date and time in the future");
            return null;
        }

        return (startsAt, WorkingDays.UkInstant(day, to));
    }

    /// <summary>
    /// Why the conversation cannot be recorded yet, or null. It is recorded once it has started; before that (or when
    /// none was scheduled in Audit) only with the reason it happened earlier, elsewhere.
    /// </summary>
    public static string? RecordingRefusal(ReflectiveConversation? current, DateTimeOffset now, string? earlierReason)
    {
        if (!string.IsNullOrWhiteSpace(earlierReason))
        {
            return null;
        }

        if (current is null)
        {
            return "No conversation is scheduled in Audit: schedule it first, or give the reason it was held elsewhere";
        }

        return current.StartsAt > now
            ? $"The conversation is scheduled for {EmailTemplates.FormatTime(current.StartsAt)}: record it once it has started, or give the reason it happened earlier elsewhere"
            : null;
    }

    /// <summary>
    /// The rule for recording: a reflective conversation follows a maintained inadequate grade, so it must agree at
    /// least one remedial action, followed up to completion. The audit closes only when the last is confirmed (or a
    /// QA lead closes it with a reason), never because the conversation agreed nothing.
    /// </summary>
    public static string? ActionsRefusal(int agreedActions) =>
        agreedActions == 0 ? NoActionAgreed : null;

    public const string NoActionAgreed =
        "Add at least one remedial action agreed in the conversation: an inadequate grade that was maintained needs learning that is followed up";

    /// <summary>An invitation is answered before the conversation starts.</summary>
    public static string? AnswerRefusal(ReflectiveConversation current, DateTimeOffset now) =>
        current.StartsAt <= now ? "The conversation has already started, so its invitation can no longer be answered" : null;

    private static string Hours => $"{DayStarts:H}am and {DayEnds.Hour - 12}pm";

    private static string Display(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
