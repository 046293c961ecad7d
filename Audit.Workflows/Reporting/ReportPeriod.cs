using System.Globalization;
using Audit.Workflows.Common;

namespace Audit.Workflows.Reporting;

/// <summary>
/// A reporting period: whole UK days from <see cref="From"/> to <see cref="To"/>, both included. Audits count in the
/// period in which their grade was settled.
/// </summary>
public sealed record ReportPeriod
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("The end of a period cannot be before its start", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }

    public static ReportPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>True when the period starts on the first of a month and ends on the last day of a month.</summary>
    public bool IsWholeMonths => From.Day == 1 && To.AddDays(1).Day == 1;

    public int WholeMonths => ((To.Year - From.Year) * 12) + To.Month - From.Month + 1;

    /// <summary>
    /// The previous period of the same length: the same number of whole months before a period of whole months
    /// (so February to April compares with November to January), otherwise the same number of days before.
    /// </summary>
    public ReportPeriod Previous()
    {
        if (IsWholeMonths)
        {
            var start = From.AddMonths(-WholeMonths);
            return new(start, From.AddDays(-1));
        }

        var days = To.DayNumber - From.DayNumber + 1;
        return new(From.AddDays(-days), From.AddDays(-1));
    }

    /// <summary>The month after the period (the calendar month after a period of whole months, else the month from the next day).</summary>
    public ReportPeriod MonthAfter()
    {
        var start = To.AddDays(1);
        return new(start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>The first instant of the period and the first instant after it, in UTC, for queries.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants() => (StartOfUkDay(From), StartOfUkDay(To.AddDays(1)));

    /// <summary>"between 1 February and 30 April 2026", "in March 2026", "on 3 March 2026", "between 1 November 2025 and 31 January 2026".</summary>
    public string Between()
    {
        if (From == To)
        {
            return $"on {Long(To)}";
        }

        if (IsWholeMonths && WholeMonths == 1)
        {
            return $"in {Name()}";
        }

        var from = From.Year == To.Year ? From.ToString("d MMMM", English) : Long(From);
        return $"between {from} and {Long(To)}";
    }

    /// <summary>"February 2026" for a single month, otherwise "1 February to 30 April 2026".</summary>
    public string Name()
    {
        if (IsWholeMonths && WholeMonths == 1)
        {
            return From.ToString("MMMM yyyy", English);
        }

        var from = From.Year == To.Year ? From.ToString("d MMMM", English) : Long(From);
        return From == To ? Long(To) : $"{from} to {Long(To)}";
    }

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static DateTimeOffset StartOfUkDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, UkTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
