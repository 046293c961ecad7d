namespace Audit.Data.Models;

/// <summary>
/// A single-use invitation to set a password. Only a hash of the token is stored, so a copy of the database
/// cannot be used to take over an account.
/// </summary>
public class Invitation
{
    public int Id { get; set; }
    public required string StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    /// <summary>Set when a newer invitation replaces this one.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
    public string? InvitedById { get; set; }
}
