using System.Globalization;

namespace Audit.Workflows.Common;

/// <summary>
/// A date typed into the GOV.UK date input's three boxes. The parts are kept as typed (text, not numbers) so that
/// "3rd" or "Sept" gets a GOV.UK message rather than the framework's, and so the page can show back what was typed.
/// </summary>
public sealed class DateInput
{
    /// <summary>Without a range of its own, a date's year must fall in these: no date Audit keeps is older or later.</summary>
    public const int EarliestYear = 1900;
    public const int LatestYear = 2200;

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
    /// when only part of it was ("The due date must include a day"). Only ASCII digits are read, and the date must
    /// fall between <paramref name="earliest"/> and <paramref name="latest"/> when given (its year always between
    /// <see cref="EarliestYear"/> and <see cref="LatestYear"/>), so nothing downstream meets year 0 or 9999.
    /// </summary>
    public (DateOnly? Date, string? Error) Parse(string missingMessage, string whatDate = "the date", DateOnly? earliest = null, DateOnly? latest = null)
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

        var what = $"{char.ToUpperInvariant(whatDate[0])}{whatDate[1..]}";
        if (missing.Count > 0)
        {
            return (null, $"{what} must include a {string.Join(" and ", missing)}");
        }

        if (!TryReadNumber(day!, out var d) || !TryReadNumber(month!, out var m) || !TryReadNumber(year!, out var y))
        {
            return (null, "Enter a real date");
        }

        if (year!.Length != 4)
        {
            return (null, "Year must include 4 numbers");
        }

        var firstYear = Math.Max(earliest?.Year ?? EarliestYear, EarliestYear);
        var lastYear = Math.Min(latest?.Year ?? LatestYear, LatestYear);
        if (y is < EarliestYear or > LatestYear)
        {
            return (null, $"Year must be between {firstYear} and {lastYear}");
        }

        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return (null, "Enter a real date");
        }

        // A range of whole years (bank holidays, 2000 to 2100) is spoken of by its years.
        if (earliest is not null && latest is not null && (y < firstYear || y > lastYear))
        {
            return (null, $"Year must be between {firstYear} and {lastYear}");
        }

        var date = new DateOnly(y, m, d);
        if ((earliest is { } from && date < from) || (latest is { } to && date > to))
        {
            return (null, (earliest, latest) switch
            {
                ({ } e, { } l) => $"{what} must be between {Display(e)} and {Display(l)}",
                ({ } e, null) => $"{what} must be the same as or after {Display(e)}",
                _ => $"{what} must be the same as or before {Display(latest!.Value)}",
            });
        }

        return (date, null);
    }

    /// <summary>Digits 0 to 9 only: no signs, spaces, or other scripts' digits (١٢ is not twelve here).</summary>
    private static bool TryReadNumber(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 4 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
