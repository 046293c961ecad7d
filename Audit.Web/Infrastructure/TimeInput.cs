using System.Globalization;
using System.Text.RegularExpressions;

namespace Audit.Web.Infrastructure;

/// <summary>Times typed as 14:30, 9:05, 2pm or 2:30pm, in ASCII digits only (١٢:٣٠ is not read as 12:30).</summary>
public static partial class TimeInput
{
    /// <summary>Longer than any time anyone types ("12:30 pm"): no need to read further.</summary>
    private const int MaxLength = 10;

    public static TimeOnly? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length > MaxLength)
        {
            return null;
        }

        var match = Time().Match(trimmed.ToLowerInvariant().Replace('.', ':'));
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
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

    // [0-9], not \d: \d matches every script's digits, which int.Parse then refuses.
    [GeneratedRegex(@"^(?<h>[0-9]{1,2})(:(?<m>[0-9]{2}))?[ ]*(?<s>am|pm)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Time();
}
