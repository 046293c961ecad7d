using System.Globalization;
using System.Text.RegularExpressions;

namespace Audit.Web.Infrastructure;

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
