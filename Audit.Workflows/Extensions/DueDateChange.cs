using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Workflows.Extensions;

/// <summary>
/// Moving an audit's due date to a later one, as a QA lead's extension and an approved request both do: the same
/// check of the new date, and the audit's due deadline and its reminder moved with it.
/// </summary>
public static class DueDateChange
{
    /// <summary>Adds an error for <paramref name="field"/> unless the date is later than the audit's due date, in the future and not too far ahead.</summary>
    public static void CheckNewDate(CommandResult errors, string field, DateOnly? date, CaseAudit audit, DateOnly today, string whenMissing)
    {
        if (date is null)
        {
            errors.AddError(field, whenMissing);
        }
        else if (date <= audit.DueDate || date <= today)
        {
            errors.AddError(field, "Enter a due date later than the current one and in the future");
        }
        else if (date > DateBounds.LatestDueDate(today))
        {
            errors.AddError(field, DateBounds.TooFarAhead(today));
        }
    }

    /// <summary>Moves the due date, and the audit's due deadline and reminder with it; returns the date before.</summary>
    public static async Task<DateOnly> MoveAsync(DeadlineScheduler deadlines, AuditCommandContext context, DateOnly newDate, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        var before = audit.DueDate;
        audit.DueDate = newDate;
        await deadlines.RescheduleAsync(audit, DeadlineKind.AuditDue, newDate, context.Settings.ReminderLeadWorkingDays, audit.AuditorId, cancellationToken);
        return before;
    }
}
