using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.Extensions;
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
        DueDateChange.CheckNewDate(errors, nameof(command.DueDate), command.DueDate, audit, context.Today, "Enter the new due date");

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

        var before = await DueDateChange.MoveAsync(deadlines, context, command.DueDate!.Value, cancellationToken);
        context.Workflow.Fire(AuditTrigger.Extend);
        context.History($"Due date moved from {before:d MMMM yyyy} to {audit.DueDate:d MMMM yyyy}: {command.Reason!.Trim()}");
        emails.Extended(audit, await db.PersonAsync(audit.AuditorId, cancellationToken));
        return CommandResult.Success;
    }
}
