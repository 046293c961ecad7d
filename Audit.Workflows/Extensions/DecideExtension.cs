using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Extensions;

public enum ExtensionDecision
{
    Approve,
    Decline,
}

public sealed record DecideExtensionCommand(int AuditId, int Version, ExtensionDecision? Decision, string? Reason) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.DecideExtension;
}

/// <summary>
/// A QA lead approves the open request (the due date, its deadline and reminder move) or declines it with a reason;
/// the auditor who asked is told either way.
/// </summary>
public sealed class DecideExtensionHandler(AuditDbContext db, DeadlineScheduler deadlines, ExtensionEmails emails) : IAuditCommandHandler<DecideExtensionCommand>
{
    public async Task<CommandResult> HandleAsync(DecideExtensionCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        var request = ExtensionPolicy.Open(audit)!; // the workflow allowed the trigger only with one open
        var errors = new CommandResult();
        if (command.Decision is null)
        {
            errors.AddError(nameof(command.Decision), "Select whether to approve or decline the request");
        }
        else if (command.Decision == ExtensionDecision.Approve && (request.RequestedDueDate <= audit.DueDate || request.RequestedDueDate <= context.Today))
        {
            // The QA lead extended it further meanwhile, or the date asked for has passed: approving would move nothing forward.
            errors.AddError(nameof(command.Decision), "The date asked for is no later than the current due date or has passed: decline the request, and the auditor can ask again");
        }

        if (command.Decision == ExtensionDecision.Decline && string.IsNullOrWhiteSpace(command.Reason))
        {
            errors.AddError(nameof(command.Reason), "Enter the reason for declining the request");
        }
        else if (command.Reason?.Length > Limits.ShortText)
        {
            errors.AddError(nameof(command.Reason), $"Reason must be {Limits.ShortText} characters or fewer");
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        // The guards are checked again on firing, so the trigger fires while the request is still open.
        context.Workflow.Fire(AuditTrigger.DecideExtension);
        request.DecidedById = context.Actor.StaffId;
        request.DecidedAt = context.Now;
        var auditor = await db.PersonAsync(request.RequestedById, cancellationToken);
        if (command.Decision == ExtensionDecision.Approve)
        {
            request.Status = ExtensionRequestStatus.Approved;
            var before = await DueDateChange.MoveAsync(deadlines, context, request.RequestedDueDate, cancellationToken);
            context.History($"Request for more time approved: due date moved from {before:d MMMM yyyy} to {audit.DueDate:d MMMM yyyy}");
            emails.Approved(audit, auditor);
        }
        else
        {
            request.Status = ExtensionRequestStatus.Declined;
            request.DecisionReason = command.Reason!.Trim();
            context.History($"Request for more time declined, due date stays {audit.DueDate:d MMMM yyyy}: {request.DecisionReason}");
            emails.Declined(audit, auditor);
        }

        return CommandResult.Success;
    }
}
