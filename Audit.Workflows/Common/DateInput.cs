using System.Globalization;

namespace Audit.Workflows.Common;

/// <summary>
/// A date typed into the GOV.UK date input's three boxes. The parts are kept as typed (text, not numbers) so that
/// "3rd" or "Sept" gets a GOV.UK message rather than the framework's, and so the page can show back what was typed.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? date) => date is { } d
        ? new() { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new();

    /// <summary>
    /// The date, or the GOV.UK error message for what is wrong with it. <paramref name="missingMessage"/> is used
    /// when nothing was entered ("Enter the date of the bank holiday"); <paramref name="whatDate"/> names the date
    /// when only part of it was ("The due date must include a day").
    /// </summary>
    public (DateOnly? Date, string? Error) Parse(string missingMessage, string whatDate = "the date")
    {
        var day = Day?.Trim();
        var month = Month?.Trim();
        var year = Year?.Trim();
        var missing = new List<string>();
        if (string.IsNullOrEmpty(day))
        {
            missing.Add("day");
        }

        if (string.IsNullOrEmpty(month))
        {
            missing.Add("month");
        }

        if (string.IsNullOrEmpty(year))
        {
            missing.Add("year");
        }

        if (missing.Count == 3)
        {
            return (null, missingMessage);
        }

        if (missing.Count > 0)
        {
            return (null, $"{char.ToUpperInvariant(whatDate[0])}{whatDate[1..]} must include a {string.Join(" and ", missing)}");
        }

        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return (null, "Enter a real date");
        }

        if (year!.Length != 4)
        {
            return (null, "Year must include 4 numbers");
        }

        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return (null, "Enter a real date");
        }

        return (new DateOnly(y, m, d), null);
    }
}
