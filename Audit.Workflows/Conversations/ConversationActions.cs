using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Workflows.Conversations;

/// <summary>A remedial action agreed at the reflective conversation: what will be done, who owns it, and by when.</summary>
public sealed record AgreedAction(string? Description, string? OwnerId, DateOnly? DueDate)
{
    /// <summary>A row left empty on the form: not an action.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrEmpty(OwnerId) && DueDate is null;
}

/// <summary>
/// The remedial actions agreed at the reflective conversation, inside the recording's unit of work: checked (every
/// problem on its own row's field, and the <see cref="ConversationPolicy.ActionsRefusal"/> rule), then added to the
/// audit as learning actions. Each owner is told by email once it is saved; its deadline opens as every action's does, when the
/// audit enters its actions stage (<see cref="DeepDive.Stages.StageEntry"/>).
/// </summary>
public sealed class ConversationActions(ActionOwners owners, ActionEmails emails)
{
    /// <summary>Checks the rows, adding errors keyed <c>Actions[i].Field</c>; returns the owner of each action to add, by row.</summary>
    public async Task<IReadOnlyList<(AgreedAction Action, StaffMember Owner)>> CheckAsync(CommandResult errors, IReadOnlyList<AgreedAction?> rows,
        AuditCommandContext context, CancellationToken cancellationToken)
    {
        var offered = await owners.ForAuditAsync(context.Audit.Id, cancellationToken);
        var agreed = new List<(AgreedAction, StaffMember)>();
        var count = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not { IsBlank: false } row)
            {
                continue;
            }

            count++;
            var field = $"Actions[{i}].";
            if (string.IsNullOrWhiteSpace(row.Description))
            {
                errors.AddError(field + nameof(row.Description), $"Enter what needs to be done for action {i + 1}");
            }
            else if (row.Description.Trim().Length > Limits.ShortText)
            {
                errors.AddError(field + nameof(row.Description), $"Action {i + 1} must be {Limits.ShortText:N0} characters or fewer");
            }

            var owner = offered.FirstOrDefault(s => s.Id == row.OwnerId);
            if (owner is null)
            {
                errors.AddError(field + nameof(row.OwnerId), $"Select who owns action {i + 1}");
            }

            if (row.DueDate is null)
            {
                errors.AddError(field + nameof(row.DueDate), $"Enter the date action {i + 1} is due");
            }
            else if (row.DueDate <= context.Today)
            {
                errors.AddError(field + nameof(row.DueDate), $"The due date of action {i + 1} must be in the future");
            }
            else if (row.DueDate > DateBounds.LatestDueDate(context.Today))
            {
                errors.AddError(field + nameof(row.DueDate), DateBounds.TooFarAhead(context.Today));
            }

            if (owner is not null)
            {
                agreed.Add((row, owner));
            }
        }

        if (ConversationPolicy.ActionsRefusal(count) is { } refusal)
        {
            errors.AddError("Actions[0].Description", refusal);
        }

        return agreed;
    }

    /// <summary>Adds the checked actions to the audit; once saved, each owner is emailed and the action's history written.</summary>
    public void Add(AuditCommandContext context, IEnumerable<(AgreedAction Action, StaffMember Owner)> agreed)
    {
        foreach (var (row, owner) in agreed)
        {
            var action = new AuditAction
            {
                CaseAuditId = context.Audit.Id,
                Description = row.Description!.Trim(),
                For = ActionFor.Learning,
                OwnerId = owner.Id,
                DueDate = row.DueDate!.Value,
                CreatedAt = context.Now,
            };
            context.Audit.Actions.Add(action);
            context.AfterSave(_ =>
            {
                ActionStep.History(context, action, "Remedial action agreed at the reflective conversation");
                emails.Assigned(context.Audit, action, owner);
                return Task.CompletedTask;
            });
        }
    }
}
