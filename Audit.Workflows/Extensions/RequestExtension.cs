using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Extensions;

public sealed record RequestExtensionCommand(int AuditId, int Version, DateOnly? DueDate, string? Reason) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.RequestExtension;
}

/// <summary>The auditor asks for a later due date, with a reason; every QA lead is told, and one of them decides.</summary>
public sealed class RequestExtensionHandler(AuditDbContext db, ExtensionEmails emails) : IAuditCommandHandler<RequestExtensionCommand>
{
    public async Task<CommandResult> HandleAsync(RequestExtensionCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        var errors = new CommandResult();
        DueDateChange.CheckNewDate(errors, nameof(command.DueDate), command.DueDate, audit, context.Today, "Enter the due date you are asking for");
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            errors.AddError(nameof(command.Reason), "Enter why you need more time");
        }
        else if (command.Reason.Length > Limits.ShortText)
        {
            errors.AddError(nameof(command.Reason), $"Reason must be {Limits.ShortText} characters or fewer");
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        // The guards are checked again on firing, so the trigger fires before the request it checks for exists.
        context.Workflow.Fire(AuditTrigger.RequestExtension);
        var request = new ExtensionRequest
        {
            RequestedById = context.Actor.StaffId,
            RequestedAt = context.Now,
            DueDateWhenRequested = audit.DueDate,
            RequestedDueDate = command.DueDate!.Value,
            Reason = command.Reason!.Trim(),
            Status = ExtensionRequestStatus.Open,
        };
        audit.ExtensionRequests.Add(request);
        context.History($"Asked for the due date to move from {audit.DueDate:d MMMM yyyy} to {request.RequestedDueDate:d MMMM yyyy}: {request.Reason}");
        var qaLeadRole = Roles.IdOf(Roles.QaLead);
        var qaLeads = await db.Users.Where(u => u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == qaLeadRole)).ToListAsync(cancellationToken);
        foreach (var lead in qaLeads)
        {
            emails.Requested(audit, request, lead);
        }

        return CommandResult.Success;
    }
}
