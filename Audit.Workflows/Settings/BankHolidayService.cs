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

    /// <summary>
    /// Every listed holiday by year, and for the years up to <paramref name="throughYear"/> that no published list
    /// covers, the dates worked out from the usual rules, so the QA lead sees every date working days skip.
    /// </summary>
    public async Task<IReadOnlyList<BankHolidayYear>> YearsAsync(int throughYear, CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync(cancellationToken);
        var calendar = new BankHolidayCalendar(rows);
        var listed = rows.Select(h => new BankHolidayEntry(h.Date, h.Name, h.AddedById is null ? BankHolidaySource.Published : BankHolidaySource.AddedByQaLead));
        var firstYear = rows.Count == 0 ? throughYear : rows.Min(h => h.Date.Year);
        var computed = Enumerable.Range(firstYear, Math.Max(0, throughYear - firstYear + 1))
            .SelectMany(year => calendar.ComputedHolidays(year))
            .Select(h => new BankHolidayEntry(h.Date, h.Name, BankHolidaySource.Rules));
        return listed.Concat(computed)
            .GroupBy(h => h.Date.Year)
            .OrderBy(g => g.Key)
            .Select(g => new BankHolidayYear(g.Key, calendar.IsComputed(g.Key), g.OrderBy(h => h.Date).ToList()))
            .ToList();
    }

    public async Task<CommandResult> AddAsync(AddBankHolidayCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        if (!await WorkflowSettingsService.IsQaLeadAsync(db, actorId, cancellationToken))
        {
            return CommandResult.Failure(string.Empty, "Only a QA lead can change bank holidays");
        }

        var errors = new CommandResult();
        var (date, dateError) = (command.Date ?? new DateInput()).Parse("Enter the date of the bank holiday", "the date", DateBounds.EarliestBankHoliday, DateBounds.LatestBankHoliday);
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
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
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

public enum BankHolidaySource
{
    Published,
    AddedByQaLead,
    /// <summary>Worked out from the usual rules: no published list covers the year yet.</summary>
    Rules,
}

public sealed record BankHolidayEntry(DateOnly Date, string Name, BankHolidaySource Source);

public sealed record BankHolidayYear(int Year, bool FollowsRules, IReadOnlyList<BankHolidayEntry> Holidays);
