namespace Audit.Data.Models;

/// <summary>
/// A personal access token for the reporting feeds (Power BI, Excel). Only the SHA-256 hash of the token is kept: the
/// token itself is shown once, when issued. It reads what its owner's reports may read, until it expires or is revoked.
/// </summary>
public class PersonalAccessToken
{
    public int Id { get; set; }
    /// <summary>The member of staff whose reporting scope the token carries.</summary>
    public required string OwnerId { get; set; }
    public StaffMember? Owner { get; set; }
    /// <summary>What it is for, so the owner and the QA lead can tell tokens apart ("Power BI: quarterly board pack").</summary>
    public required string Name { get; set; }
    /// <summary>The SHA-256 hash of the token, as lower-case hexadecimal.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedById { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedById { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
