using System.Text.RegularExpressions;
using Audit.Data;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Staff;

/// <summary>
/// Staff numbers as the council's HR and case systems write them: letters, digits and hyphens, kept in upper case so
/// "ab123" and "AB123" are one person. Empty means none.
/// </summary>
public static partial class StaffNumbers
{
    public const string FormatMessage = "Staff number must be letters, digits and hyphens only, starting with a letter or digit, like AB12345";

    public const string InUseMessage = "Someone else already has this staff number";

    public static string? Normalise(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null : typed.Trim().ToUpperInvariant();

    /// <summary>The problem with a normalised staff number, or null when it is fine (or empty).</summary>
    public static string? Problem(string? normalised) => normalised switch
    {
        null => null,
        { Length: > Limits.StaffNumber } => $"Staff number must be {Limits.StaffNumber} characters or fewer",
        _ when !Format().IsMatch(normalised) => FormatMessage,
        _ => null,
    };

    /// <summary>
    /// The problem with a typed staff number for the person <paramref name="personId"/> (null when inviting), checking
    /// its format and that no one else holds it; null when it is fine or empty.
    /// </summary>
    public static async Task<string?> ProblemForAsync(AuditDbContext db, string? normalised, string? personId, CancellationToken cancellationToken) =>
        Problem(normalised) ?? (normalised is not null && await db.Users.AnyAsync(u => u.StaffNumber == normalised && u.Id != personId, cancellationToken)
            ? InUseMessage
            : null);

    /// <summary>
    /// Whether a save lost the race to someone else given the same number between the check and the save: the unique
    /// index refused it, and the person sees the check's own message.
    /// </summary>
    public static bool IsTaken(DbUpdateException exception) =>
        exception.IsUniqueViolation(UniqueIndexes.StaffNumber, "AspNetUsers", nameof(Data.Models.StaffMember.StaffNumber));

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
