using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Staff;

public sealed record SetCapacityCommand(string StaffId, int? Capacity);

public sealed record AddAbsenceCommand(string StaffId, DateOnly? From, DateOnly? To);

public sealed record RemoveAbsenceCommand(string StaffId, int AbsenceId);

/// <summary>
/// How many audits an auditor can take a month, and when they are away: what the month's automatic proposal
/// respects. A QA lead records them.
/// </summary>
public sealed class StaffAvailabilityHandler(AuditDbContext db, AuditAccess access, TimeProvider clock)
{
    public const int MaxAbsenceDays = 366;

    public async Task<CommandResult> HandleAsync(SetCapacityCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
    {
        var (person, refusal) = await PersonAsync(command.StaffId, actorId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new CommandResult();
        if (command.Capacity is null or < 0 or > StaffLimits.MaxMonthlyAuditCapacity)
        {
            errors.AddError(nameof(command.Capacity), $"Enter a monthly capacity from 0 to {StaffLimits.MaxMonthlyAuditCapacity}");
        }

        errors = CommandResult.WithFormErrors(formErrors, errors);
        if (!errors.Succeeded)
        {
            return errors;
        }

        person!.MonthlyAuditCapacity = command.Capacity!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    public async Task<CommandResult> HandleAsync(AddAbsenceCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
    {
        var (person, refusal) = await PersonAsync(command.StaffId, actorId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var today = UkTime.Today(clock);
        var errors = new CommandResult();
        if (command.From is null)
        {
            errors.AddError(nameof(command.From), "Enter the first day they are away");
        }

        if (command.To is null)
        {
            errors.AddError(nameof(command.To), "Enter the last day they are away");
        }

        if (command is { From: { } from, To: { } to })
        {
            if (to < from)
            {
                errors.AddError(nameof(command.To), "The last day must be the same as or after the first day");
            }
            else if (to < today)
            {
                errors.AddError(nameof(command.To), "The last day must be today or in the future");
            }
            else if (to.DayNumber - from.DayNumber >= MaxAbsenceDays || to > DateBounds.LatestDueDate(today))
            {
                errors.AddError(nameof(command.To), $"An absence can be at most a year, ending within {DateBounds.YearsAhead} years");
            }
        }

        errors = CommandResult.WithFormErrors(formErrors, errors);
        if (!errors.Succeeded)
        {
            return errors;
        }

        db.StaffAbsences.Add(new StaffAbsence { StaffMemberId = person!.Id, From = command.From!.Value, To = command.To!.Value });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    public async Task<CommandResult> HandleAsync(RemoveAbsenceCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var (person, refusal) = await PersonAsync(command.StaffId, actorId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var absence = await db.StaffAbsences.FirstOrDefaultAsync(a => a.Id == command.AbsenceId && a.StaffMemberId == person!.Id, cancellationToken);
        if (absence is not null)
        {
            db.StaffAbsences.Remove(absence);
            await db.SaveChangesAsync(cancellationToken);
        }

        return CommandResult.Success;
    }

    private async Task<(StaffMember? Person, CommandResult? Refusal)> PersonAsync(string staffId, string actorId, CancellationToken cancellationToken)
    {
        if (!(await access.RolesOfAsync(actorId, cancellationToken)).Contains(Roles.QaLead))
        {
            return (null, CommandResult.Failure(string.Empty, "Only a QA lead can record capacity and absences"));
        }

        var person = await db.Users.FirstOrDefaultAsync(u => u.Id == staffId, cancellationToken);
        return person is null ? (null, CommandResult.Failure(string.Empty, "The person could not be found")) : (person, null);
    }
}

/// <summary>A person's capacity and their absences still to come, for the availability page.</summary>
public sealed record AvailabilityView(string Id, string FullName, int Capacity, IReadOnlyList<StaffAbsence> Absences);

public sealed class StaffAvailability(AuditDbContext db, TimeProvider clock)
{
    public async Task<AvailabilityView?> FindAsync(string staffId, CancellationToken cancellationToken = default)
    {
        var person = await db.Users.AsNoTracking().Where(u => u.Id == staffId)
            .Select(u => new { u.Id, u.FullName, u.MonthlyAuditCapacity }).FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var today = UkTime.Today(clock);
        var absences = await db.StaffAbsences.AsNoTracking().Where(a => a.StaffMemberId == staffId && a.To >= today)
            .OrderBy(a => a.From).ToListAsync(cancellationToken);
        return new AvailabilityView(person.Id, person.FullName, person.MonthlyAuditCapacity, absences);
    }
}
