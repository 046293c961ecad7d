namespace Audit.Workflows.Common;

/// <summary>
/// The sensible range for each kind of date people type. Forms read dates within these, and the handlers check them
/// again, so a date far in the future cannot reach the working-day arithmetic or be stored.
/// </summary>
public static class DateBounds
{
    /// <summary>Due dates (an audit's, an action's) and conversations are set at most this far ahead.</summary>
    public const int YearsAhead = 2;

    public static DateOnly LatestDueDate(DateOnly today) => today.AddYears(YearsAhead);

    public static string TooFarAhead(DateOnly today) =>
        $"Enter a date within {YearsAhead} years of today, on or before {today.AddYears(YearsAhead).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}";

    /// <summary>Bank holidays are kept for these years: the calendar's rules are known for them.</summary>
    public static readonly DateOnly EarliestBankHoliday = new(2000, 1, 1);
    public static readonly DateOnly LatestBankHoliday = new(2100, 12, 31);
}
