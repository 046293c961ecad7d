using System.Globalization;

namespace Audit.Web.Infrastructure;

/// <summary>The day, month and year boxes of a GOV.UK date input, as typed.</summary>
public sealed class DateParts
{
    public const string NotARealDate = "Enter a real date";

    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date typed, or null when the boxes are empty or do not make a real date (see <see cref="IsEmpty"/>).</summary>
    public DateOnly? ToDate() =>
        Number(Day) is { } day && Number(Month) is { } month && Number(Year) is { } year
        && year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
