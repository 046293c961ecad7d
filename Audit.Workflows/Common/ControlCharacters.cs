namespace Audit.Workflows.Common;

/// <summary>
/// Characters nothing typed into Audit may hold: control characters (NUL and the rest, which can cut or reshape an
/// email's text) and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, which can make a
/// reference or a name show differently from what it is). Line breaks are refused too, except in multi-line text.
/// </summary>
public static class ControlCharacters
{
    public static bool IsRefused(char c, bool multiLine) => c switch
    {
        '\r' or '\n' => !multiLine,
        '\t' => false,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => char.IsControl(c),
    };

    public static bool Contains(string? value, bool multiLine = false) => value is not null && value.Any(c => IsRefused(c, multiLine));

    /// <summary>The GOV.UK message for a field that holds one ("Name must not contain line breaks or hidden characters").</summary>
    public static string Message(string field, bool multiLine) =>
        multiLine ? $"{field} must not contain hidden characters" : $"{field} must be one line, without line breaks or hidden characters";
}
