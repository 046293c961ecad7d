using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive.Commands;

public sealed record ExtendCommand(int AuditId, int Version, DateOnly? DueDate, string? Reason) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.Extend;
}

/// <summary>The QA lead gives the auditor more time, with a reason; the auditor is told.</summary>
public sealed class ExtendHandler(AuditDbContext db, DeadlineScheduler deadlines, DeepDiveEmails emails) : IAuditCommandHandler<ExtendCommand>
{
    public async Task<CommandResult> HandleAsync(ExtendCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        var errors = new CommandResult();
        if (command.DueDate is null)
        {
            errors.AddError(nameof(command.DueDate), "Enter the new due date");
        }
        else if (command.DueDate <= audit.DueDate || command.DueDate <= context.Today)
        {
            errors.AddError(nameof(command.DueDate), "Enter a due date later than the current one and in the future");
        }
        else if (command.DueDate > DateBounds.LatestDueDate(context.Today))
        {
            errors.AddError(nameof(command.DueDate), DateBounds.TooFarAhead(context.Today));
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            errors.AddError(nameof(command.Reason), "Enter the reason for the extension");
        }
        else if (command.Reason.Length > Limits.ShortText)
        {
            errors.AddError(nameof(command.Reason), $"Reason must be {Limits.ShortText} characters or fewer");
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        var before = audit.DueDate;
        audit.DueDate = command.DueDate!.Value;
        context.Workflow.Fire(AuditTrigger.Extend);
        context.History($"Due date moved from {before:d MMMM yyyy} to {audit.DueDate:d MMMM yyyy}: {command.Reason!.Trim()}");
        await deadlines.RescheduleAsync(audit, DeadlineKind.AuditDue, audit.DueDate, context.Settings.ReminderLeadWorkingDays, audit.AuditorId, cancellationToken);
        emails.Extended(audit, await db.Users.SingleAsync(u => u.Id == audit.AuditorId, cancellationToken));
        return CommandResult.Success;
    }
}
