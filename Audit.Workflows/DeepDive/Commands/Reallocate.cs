using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive.Commands;

public sealed record ReallocateCommand(int AuditId, int Version, string? AuditorId, DateOnly? DueDate) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.Reallocate;
}

/// <summary>The QA lead gives the audit to another auditor, perhaps with a new due date; both auditors are told.</summary>
public sealed class ReallocateHandler(AuditDbContext db, AllocationRules allocationRules, DeadlineScheduler deadlines, DeepDiveEmails emails)
    : IAuditCommandHandler<ReallocateCommand>
{
    public async Task<CommandResult> HandleAsync(ReallocateCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        var errors = new CommandResult();
        if (command.AuditorId == audit.AuditorId)
        {
            errors.AddError(nameof(command.AuditorId), "Select a different auditor");
        }
        else if (await allocationRules.ConflictAsync(command.AuditorId, audit.CaseFile!, cancellationToken) is { } conflict)
        {
            errors.AddError(nameof(command.AuditorId), conflict);
        }

        var dueDate = command.DueDate ?? audit.DueDate;
        if (dueDate <= context.Today)
        {
            errors.AddError(nameof(command.DueDate), "Enter a due date in the future");
        }
        else if (dueDate > DateBounds.LatestDueDate(context.Today))
        {
            errors.AddError(nameof(command.DueDate), DateBounds.TooFarAhead(context.Today));
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        var previous = await db.PersonAsync(audit.AuditorId, cancellationToken);
        var next = await db.PersonAsync(command.AuditorId!, cancellationToken);
        audit.AuditorId = next.Id;
        audit.Auditor = next;
        audit.DueDate = dueDate;
        context.Workflow.Fire(AuditTrigger.Reallocate);
        context.History($"From {previous.FullName} to {next.FullName}");
        await deadlines.RescheduleAsync(audit, DeadlineKind.AuditDue, dueDate, context.Settings.ReminderLeadWorkingDays, next.Id, cancellationToken);
        emails.Reallocated(audit, previous);
        emails.Allocated(audit, next);
        return CommandResult.Success;
    }
}
