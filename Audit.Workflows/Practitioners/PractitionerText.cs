using Audit.Data;
using Audit.Workflows.Common;

namespace Audit.Workflows.Practitioners;

/// <summary>The checks the practitioner's own words share: something typed, and no longer than the schema keeps.</summary>
internal static class PractitionerText
{
    public static CommandResult Check(string field, string? text, string whenEmpty, string what) =>
        string.IsNullOrWhiteSpace(text) ? CommandResult.Failure(field, whenEmpty)
        : text.Trim().Length > Limits.LongText ? CommandResult.Failure(field, $"{what} must be {Limits.LongText:N0} characters or fewer")
        : CommandResult.Success;
}
