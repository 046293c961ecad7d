using Audit.Data;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Actions;

public sealed record ChangeActionCommand(int AuditId, int ActionId, int Version, string? OwnerId, DateOnly? DueDate, string? Reason) : IActionCommand
{
    public AuditTrigger Trigger => AuditTrigger.ChangeAction;
}

/// <summary>
/// The auditor or a QA lead gives the action to someone else (one of the people the owner list offers, checked
/// again here) or moves its due date, with a reason kept in the history. The new owner is emailed; so is the owner
/// when only the date moves.
/// </summary>
public sealed class ChangeActionHandler(AuditDbContext db, ActionOwners owners, ActionDeadlines deadlines, ActionEmails emails)
    : IAuditCommandHandler<ChangeActionCommand>
{
    public async Task<CommandResult> HandleAsync(ChangeActionCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var (action, refusal) = ActionStep.Find(context, command.ActionId, command.Trigger);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new CommandResult();
        var offered = await owners.ForAuditAsync(context.Audit.Id, cancellationToken);
        var newOwner = offered.FirstOrDefault(s => s.Id == command.OwnerId);
        if (newOwner is null && command.OwnerId != action!.OwnerId)
        {
            errors.AddError(nameof(command.OwnerId), "Select who owns the action");
        }

        if (command.DueDate is null)
        {
            errors.AddError(nameof(command.DueDate), "Enter the due date");
        }
        else if (command.DueDate != action!.DueDate && command.DueDate < context.Today)
        {
            errors.AddError(nameof(command.DueDate), "The due date must be today or in the future");
        }
        else if (command.DueDate > DateBounds.LatestDueDate(context.Today))
        {
            errors.AddError(nameof(command.DueDate), DateBounds.TooFarAhead(context.Today));
        }

        var ownerChanged = command.OwnerId != action!.OwnerId;
        var dateChanged = command.DueDate is { } due && due != action.DueDate;
        if (errors.Succeeded && !ownerChanged && !dateChanged)
        {
            errors.AddError(nameof(command.OwnerId), "Choose a different owner or enter a different due date");
        }

        var reason = ActionStep.Required(errors, nameof(command.Reason), command.Reason, "Enter the reason for the change", "Reason");
        if (!errors.Succeeded)
        {
            return errors;
        }

        context.Workflow.FireAction(command.Trigger, action);
        var changes = new List<string>();
        if (ownerChanged)
        {
            var before = await db.Users.Where(u => u.Id == action.OwnerId).Select(u => u.FullName).SingleAsync(cancellationToken);
            changes.Add($"owner changed from {before} to {newOwner!.FullName}");
            action.OwnerId = newOwner.Id;
        }

        if (dateChanged)
        {
            changes.Add($"due date moved from {action.DueDate:d MMMM yyyy} to {command.DueDate:d MMMM yyyy}");
            action.DueDate = command.DueDate!.Value;
        }

        ActionStep.History(context, action, $"“{action.Description}”: {string.Join("; ", changes)}. Reason: {reason}");
        await deadlines.ChangeAsync(action, context.Settings.ReminderLeadWorkingDays, cancellationToken);
        if (ownerChanged)
        {
            emails.Assigned(context.Audit, action, newOwner!);
        }
        else
        {
            emails.DueDateChanged(context.Audit, action, await db.PersonAsync(action.OwnerId, cancellationToken));
        }

        return CommandResult.Success;
    }
}
