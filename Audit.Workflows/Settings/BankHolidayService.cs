using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Settings;

/// <summary>
/// The bank holidays that working days skip: the published England and Wales list ships with Audit and cannot be
/// removed; a QA lead can add dates (a new year's list, a one-off holiday such as a coronation) and remove those.
/// </summary>
public sealed class BankHolidayService(AuditDbContext db)
{
    /// <summary>Matches the column length in the BankHoliday mapping.</summary>
    public const int BankHolidayNameLength = 100;

    public async Task<IReadOnlyList<BankHoliday>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.BankHolidays.AsNoTracking().OrderBy(h => h.Date).ToListAsync(cancellationToken);

    public async Task<CommandResult> AddAsync(AddBankHolidayCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        if (!await WorkflowSettingsService.IsQaLeadAsync(db, actorId, cancellationToken))
        {
            return CommandResult.Failure(string.Empty, "Only a QA lead can change bank holidays");
        }

        var errors = new CommandResult();
        var (date, dateError) = (command.Date ?? new DateInput()).Parse("Enter the date of the bank holiday");
        if (dateError is not null)
        {
            errors.AddError(nameof(command.Date), dateError);
        }
        else if (date!.Value.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            errors.AddError(nameof(command.Date), "Enter a weekday: weekends are never working days");
        }
        else if (await db.BankHolidays.AnyAsync(h => h.Date == date.Value, cancellationToken))
        {
            errors.AddError(nameof(command.Date), "That date is already a bank holiday");
        }

        var name = command.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.AddError(nameof(command.Name), "Enter the name of the holiday");
        }
        else if (name.Length > BankHolidayNameLength)
        {
            errors.AddError(nameof(command.Name), $"Name must be {BankHolidayNameLength} characters or fewer");
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        db.BankHolidays.Add(new BankHoliday { Date = date!.Value, Name = name!, AddedById = actorId });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateException)
        {
            // Another QA lead added the same date a moment ago.
            db.ChangeTracker.Clear();
            return CommandResult.Failure(nameof(command.Date), "That date is already a bank holiday");
        }
    }

    public async Task<CommandResult> RemoveAsync(DateOnly date, string actorId, CancellationToken cancellationToken = default)
    {
        if (!await WorkflowSettingsService.IsQaLeadAsync(db, actorId, cancellationToken))
        {
            return CommandResult.Failure(string.Empty, "Only a QA lead can change bank holidays");
        }

        var holiday = await db.BankHolidays.FirstOrDefaultAsync(h => h.Date == date, cancellationToken);
        if (holiday is null)
        {
            return CommandResult.Failure(string.Empty, "That bank holiday has already been removed");
        }

        if (holiday.AddedById is null)
        {
            return CommandResult.Failure(string.Empty, "Published bank holidays cannot be removed");
        }

        db.BankHolidays.Remove(holiday);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Failure(string.Empty, "That bank holiday has already been removed");
        }
    }
}
