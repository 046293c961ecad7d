using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>The QA lead changes an open cycle's due date or planned numbers.</summary>
public sealed class UpdateCycleHandler(AuditDbContext db, AuditAccess access, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(UpdateCycleCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
    {
        var (cycle, refusal) = await ProgrammeGuard.CycleForQaLeadAsync(db, access, command.CycleId, command.Version, actorId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new CommandResult();
        if (cycle!.Status == CycleStatus.Closed)
        {
            errors.AddError(string.Empty, $"{cycle.Name} is closed: reopen it to change its plan");
        }

        CycleRules.CheckDueDate(errors, cycle.Month, command.DueDate, UkTime.Today(clock));
        var areas = (await db.ServiceAreas.Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        CycleRules.CheckPlans(errors, command.Plans, areas);
        errors = CommandResult.WithFormErrors(formErrors, errors);
        if (!errors.Succeeded)
        {
            return errors;
        }

        cycle.DueDate = command.DueDate!.Value;
        db.CyclePlans.RemoveRange(cycle.Plans);
        cycle.Plans = CycleRules.Plans(command.Plans);
        return await ProgrammeGuard.SaveAsync(db, cycle.Name, cancellationToken);
    }
}

/// <summary>The QA lead closes a month's programme (nothing more is drawn or proposed in it), or reopens it.</summary>
public sealed class SetCycleStatusHandler(AuditDbContext db, AuditAccess access, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(SetCycleStatusCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var (cycle, refusal) = await ProgrammeGuard.CycleForQaLeadAsync(db, access, command.CycleId, command.Version, actorId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!Enum.IsDefined(command.Status) || cycle!.Status == command.Status)
        {
            return CommandResult.Failure(string.Empty, $"{cycle!.Name} is already {cycle.Status.ToString().ToLowerInvariant()}");
        }

        cycle.Status = command.Status;
        cycle.ClosedAt = command.Status == CycleStatus.Closed ? clock.GetUtcNow() : null;
        return await ProgrammeGuard.SaveAsync(db, cycle.Name, cancellationToken);
    }
}
