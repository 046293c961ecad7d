using System.Globalization;
using System.Text.RegularExpressions;

namespace Audit.Web.Infrastructure;

/// <summary>
/// What someone typed into a GOV.UK date input (day, month and year boxes), kept as text so a mistake can be shown
/// back to them exactly as typed.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateInput();

    /// <summary>The date, or the GOV.UK message saying what is wrong with it. Empty boxes give neither.</summary>
    public (DateOnly? Date, string? Error) Parse(string whatDate)
    {
        if (IsEmpty)
        {
            return (null, null);
        }

        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            return (null, $"{char.ToUpperInvariant(whatDate[0])}{whatDate[1..]} must include a {string.Join(" and ", missing)}");
        }

        if (int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return (new DateOnly(year, month, day), null);
        }

        return (null, "Enter a real date");
    }
}

/// <summary>Times typed as 14:30, 9:05, 2pm or 2:30pm.</summary>
public static partial class TimeInput
{
    public static TimeOnly? Parse(string? text)
    {
        var match = Time().Match(text?.Trim().ToLowerInvariant().Replace('.', ':') ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Value;
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = hour % 12 + (suffix == "pm" ? 12 : 0);
        }
        else if (!match.Groups["m"].Success)
        {
            return null;
        }

        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(:(?<m>\d{2}))?\s*(?<s>am|pm)?$")]
    private static partial Regex Time();
}
