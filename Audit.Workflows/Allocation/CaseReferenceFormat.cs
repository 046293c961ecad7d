using System.Text.RegularExpressions;

namespace Audit.Workflows.Allocation;

/// <summary>
/// The case management system's reference format, set by the QA lead as a regular expression. It keeps a child's
/// name, typed by mistake, out of Audit. Matching is bounded by a timeout so a careless pattern cannot hang a request.
/// </summary>
public sealed class CaseReferenceFormat
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly Regex? regex;

    private CaseReferenceFormat(string? pattern, Regex? regex)
    {
        Pattern = pattern;
        this.regex = regex;
    }

    /// <summary>The pattern as the QA lead typed it, or null when any reference is accepted.</summary>
    public string? Pattern { get; }

    public static CaseReferenceFormat Any { get; } = new(null, null);

    /// <summary>The format for a saved pattern; a pattern that no longer compiles accepts anything rather than failing every page.</summary>
    public static CaseReferenceFormat For(string? pattern) =>
        string.IsNullOrWhiteSpace(pattern) || TryCompile(pattern, out var regex, out _) is false ? Any : new CaseReferenceFormat(pattern, regex);

    /// <summary>Whether a typed pattern is a usable regular expression, with the reason when it is not.</summary>
    public static bool TryCompile(string pattern, out Regex? regex, out string? problem)
    {
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            problem = null;
            return true;
        }
        catch (ArgumentException)
        {
            regex = null;
            problem = "Enter the reference format as a valid regular expression, for example ^LCS-\\d{4,8}$";
            return false;
        }
    }

    /// <summary>True when the reference matches; a match that takes too long counts as not matching.</summary>
    public bool Accepts(string reference)
    {
        if (regex is null)
        {
            return true;
        }

        try
        {
            return regex.IsMatch(reference);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Why a reference is refused, without repeating it: it may be a child's name.</summary>
    public string Refusal => $"The case reference does not match the case management system's format ({Pattern}). Do not enter the child's name";
}
