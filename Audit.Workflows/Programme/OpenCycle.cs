using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>The QA lead opens a month's programme with its due date and the audits planned per service area and tool.</summary>
public sealed class OpenCycleHandler(AuditDbContext db, AuditAccess access, TimeProvider clock)
{
    public async Task<CommandResult<AuditCycle>> HandleAsync(OpenCycleCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
    {
        if (!(await access.RolesOfAsync(actorId, cancellationToken)).Contains(Roles.QaLead))
        {
            return CommandResult<AuditCycle>.Failure(string.Empty, "Only a QA lead can plan the audit programme");
        }

        var today = UkTime.Today(clock);
        var errors = new CommandResult();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        DateOnly? month = command.Month is { } m ? new DateOnly(m.Year, m.Month, 1) : null;
        if (month is null)
        {
            errors.AddError(nameof(command.Month), "Select the month of the cycle");
        }
        else if (month < thisMonth.AddMonths(-12) || month > thisMonth.AddMonths(12))
        {
            errors.AddError(nameof(command.Month), "The month must be within a year of this month");
        }
        else if (await db.AuditCycles.AnyAsync(c => c.Month == month, cancellationToken))
        {
            errors.AddError(nameof(command.Month), $"There is already a cycle for {AuditCycle.NameOf(month.Value)}");
        }

        CycleRules.CheckDueDate(errors, month ?? thisMonth, command.DueDate, today);
        var areas = (await db.ServiceAreas.Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        CycleRules.CheckPlans(errors, command.Plans, areas);
        errors = CommandResult.WithFormErrors(formErrors, errors);
        if (!errors.Succeeded)
        {
            return CommandResult<AuditCycle>.Failure(errors);
        }

        var cycle = new AuditCycle
        {
            Month = month!.Value, DueDate = command.DueDate!.Value, Status = CycleStatus.Open,
            OpenedAt = clock.GetUtcNow(), OpenedById = actorId, Plans = CycleRules.Plans(command.Plans),
        };
        db.AuditCycles.Add(cycle);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another QA lead opened the same month at the same moment: the unique index refused ours.
            return CommandResult<AuditCycle>.Failure(nameof(command.Month), $"There is already a cycle for {cycle.Name}");
        }

        return CommandResult<AuditCycle>.Success(cycle);
    }
}
