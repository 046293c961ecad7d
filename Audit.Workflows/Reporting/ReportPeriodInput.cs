using Audit.Workflows.Common;

namespace Audit.Workflows.Reporting;

/// <summary>
/// The period typed into the report's two GOV.UK date inputs, checked all at once: each date real, the end not before
/// the start, within <see cref="MaxYears"/> years, and no earlier than <see cref="EarliestYear"/> (dates are bounded).
/// Nothing typed means the last whole month.
/// </summary>
public static class ReportPeriodInput
{
    public const int EarliestYear = 2000;
    public const int MaxYears = 5;

    public static (ReportPeriod? Period, IReadOnlyList<(string Field, string Message)> Errors) Parse(DateInput from, DateInput to, DateOnly today)
    {
        if (from.IsEmpty && to.IsEmpty)
        {
            return (LastWholeMonth(today), []);
        }

        var errors = new List<(string, string)>();
        var (start, startError) = from.Parse("Enter the start of the period", "the start of the period");
        var (end, endError) = to.Parse("Enter the end of the period", "the end of the period");
        Check(errors, "From", start, startError, today);
        Check(errors, "To", end, endError, today);
        if (errors.Count == 0 && end < start)
        {
            errors.Add(("To", "The end of the period must be the same as or after the start"));
        }

        if (errors.Count == 0 && start!.Value.AddYears(MaxYears) <= end!.Value)
        {
            errors.Add(("To", $"The period must be {MaxYears} years or shorter"));
        }

        return errors.Count == 0 ? (new ReportPeriod(start!.Value, end!.Value), []) : (null, errors);
    }

    public static ReportPeriod LastWholeMonth(DateOnly today)
    {
        var month = today.AddMonths(-1);
        return ReportPeriod.Month(month.Year, month.Month);
    }

    /// <summary>The periods offered as links: last month, this month so far, last quarter, this quarter so far, the last 12 months.</summary>
    public static IReadOnlyList<(string Name, ReportPeriod Period)> Suggestions(DateOnly today)
    {
        var thisMonth = ReportPeriod.Month(today.Year, today.Month);
        var quarter = ((today.Month - 1) / 3) + 1;
        var thisQuarter = ReportPeriod.Quarter(today.Year, quarter);
        return
        [
            ("Last month", LastWholeMonth(today)),
            ("This month so far", new ReportPeriod(thisMonth.From, today)),
            ("Last quarter", thisQuarter.Previous()),
            ("This quarter so far", new ReportPeriod(thisQuarter.From, today)),
            ("The last 12 months", new ReportPeriod(thisMonth.From.AddMonths(-12), thisMonth.From.AddDays(-1))),
        ];
    }

    private static void Check(List<(string, string)> errors, string field, DateOnly? date, string? error, DateOnly today)
    {
        if (error is not null)
        {
            errors.Add((field, error));
        }
        else if (date!.Value.Year < EarliestYear || date.Value > today.AddYears(1))
        {
            errors.Add((field, $"{(field == "From" ? "The start" : "The end")} of the period must be between 1 January {EarliestYear} and {ReportPeriod.Long(today.AddYears(1))}"));
        }
    }
}
