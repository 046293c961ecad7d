using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class ScheduleConversationModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.ScheduleConversation;

    public override string Heading => "Schedule the reflective conversation";

    public override string SubmitText => "Schedule conversation";

    protected override string SuccessText => "You have scheduled the reflective conversation";

    protected override async Task<CommandResult?> ExecuteAsync()
    {
        var date = ReadDate(Input.Date, nameof(Input.Date), "the date of the conversation", LatestDueDate);
        var time = string.IsNullOrWhiteSpace(Input.Time) ? null : TimeInput.Parse(Input.Time);
        if (date is not null && string.IsNullOrWhiteSpace(Input.Time))
        {
            ModelState.AddModelError("Input.Time", "Enter the time of the conversation");
        }
        else if (!string.IsNullOrWhiteSpace(Input.Time) && time is null)
        {
            ModelState.AddModelError("Input.Time", "Enter a real time, like 14:30");
        }

        // The date and time are UK wall-clock time; the service stores the instant.
        DateTimeOffset? when = date is { } d && time is { } t
            ? new DateTimeOffset(d.ToDateTime(t), UkTime.Zone.GetUtcOffset(d.ToDateTime(t)))
            : null;
        var result = await commands.SendAsync(new ScheduleConversationCommand(Id, Version, when, Input.Location), CurrentStaffId, FormErrors());
        return Rekey(result);
    }

    /// <summary>
    /// The service speaks of one "When"; on this form that is the date boxes. When the date or time could not be
    /// read, their own messages say so, in place of the service's "Enter the date and time".
    /// </summary>
    private static CommandResult Rekey(CommandResult result)
    {
        if (result.Succeeded || result.IsConcurrencyConflict)
        {
            return result;
        }

        var unread = result.Errors.Any(e => e.Key is nameof(ScheduleInput.Date) or nameof(ScheduleInput.Time));
        var rekeyed = new CommandResult();
        foreach (var (field, message) in result.Errors)
        {
            if (unread && field == nameof(ScheduleConversationCommand.When))
            {
                continue;
            }

            rekeyed.AddError(field == nameof(ScheduleConversationCommand.When) ? nameof(ScheduleInput.Date) : field, message);
        }

        return rekeyed;
    }

    public sealed class ScheduleInput
    {
        public DateInput Date { get; set; } = new();
        public string? Time { get; set; }
        public string? Location { get; set; }
    }
}
