using System.Globalization;
using Audit.Workflows.Common;

namespace Audit.Web.Pages.Audits;

/// <summary>Dates and times as GOV.UK writes them, in UK time: "3 June 2026 at 2:30pm".</summary>
public static class UkDisplay
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value)
    {
        var uk = UkTime.ToUk(value);
        return uk.ToString("d MMMM yyyy 'at' h:mm", CultureInfo.InvariantCulture) + (uk.Hour < 12 ? "am" : "pm");
    }

    /// <summary>A UK time of day: "3:30pm".</summary>
    public static string Time(DateTimeOffset value)
    {
        var uk = UkTime.ToUk(value);
        return uk.ToString("h:mm", CultureInfo.InvariantCulture) + (uk.Hour < 12 ? "am" : "pm");
    }

    /// <summary>"3 working days left", "due today".</summary>
    public static string WorkingDaysLeft(int days) => days switch
    {
        0 => "due today",
        1 => "1 working day left",
        _ => $"{days.ToString(CultureInfo.InvariantCulture)} working days left",
    };

    /// <summary>The text with its first letter in capitals: "Awaiting co-sign or closed".</summary>
    public static string Capitalised(this string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The machine-readable form for a time element's datetime attribute.</summary>
    public static string Iso(DateTimeOffset value) => UkTime.ToUk(value).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
}
