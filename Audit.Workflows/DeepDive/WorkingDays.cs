using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Settings;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// Working days are Monday to Friday, excluding bank holidays in England and Wales (the published list ships with
/// the schema, later years follow the usual rules until their list is imported, and the QA lead can add dates). Deadlines fall due at the end of the working day in UK time.
/// </summary>
public sealed class WorkingDays(AuditDbContext db, WorkflowPolicyCache cache)
{
    private BankHolidayCalendar? holidays;

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !(await HolidaysAsync(cancellationToken)).IsHoliday(date);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (0 gives the next working day on or after it).</summary>
    public async Task<DateOnly> AddAsync(DateOnly from, int days, CancellationToken cancellationToken = default)
    {
        Bounded(from);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var date = from;
        while (!await IsWorkingDayAsync(date, cancellationToken))
        {
            date = date.AddDays(1);
        }

        for (var added = 0; added < days;)
        {
            date = date.AddDays(1);
            if (await IsWorkingDayAsync(date, cancellationToken))
            {
                added++;
            }
        }

        return date;
    }

    /// <summary>The date <paramref name="days"/> working days before <paramref name="date"/>.</summary>
    public async Task<DateOnly> SubtractAsync(DateOnly date, int days, CancellationToken cancellationToken = default)
    {
        Bounded(date);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        for (var taken = 0; taken < days;)
        {
            date = date.AddDays(-1);
            if (await IsWorkingDayAsync(date, cancellationToken))
            {
                taken++;
            }
        }

        return date;
    }

    /// <summary>
    /// Working days left from <paramref name="today"/> until <paramref name="due"/>: 0 when it is due today, negative
    /// (the working days since) once it has passed.
    /// </summary>
    public async Task<int> LeftAsync(DateOnly today, DateOnly due, CancellationToken cancellationToken = default)
    {
        Bounded(today);
        Bounded(due);
        var (from, to, sign) = due >= today ? (today, due, 1) : (due, today, -1);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (await IsWorkingDayAsync(date, cancellationToken))
            {
                count++;
            }
        }

        return sign * count;
    }

    /// <summary>The end of a UK day (midnight at its close), as a UTC instant.</summary>
    public static DateTimeOffset EndOfUkDay(DateOnly date)
    {
        Bounded(date);
        return UkInstant(date.AddDays(1), TimeOnly.MinValue);
    }

    /// <summary>
    /// Forms and handlers keep dates to sensible years (<see cref="DateInput"/>, <see cref="DateBounds"/>); this
    /// stops a date that slipped past them from overflowing the arithmetic (31/12/9999 plus a day) or looping for
    /// millions of days.
    /// </summary>
    private static void Bounded(DateOnly date)
    {
        if (date.Year is < DateInput.EarliestYear or > DateInput.LatestYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Working days are worked out for years {DateInput.EarliestYear} to {DateInput.LatestYear} only");
        }
    }

    /// <summary>No deadline is more than a few years of working days away.</summary>
    private const int MaxDays = 5000;

    /// <summary>A UK wall-clock time on a date, as a UTC instant (British Summer Time handled).</summary>
    public static DateTimeOffset UkInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var offset = UkTime.Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private async Task<BankHolidayCalendar> HolidaysAsync(CancellationToken cancellationToken) =>
        holidays ??= await cache.HolidaysAsync(db, cancellationToken);
}
