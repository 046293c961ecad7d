namespace Audit.Data.Models;

public enum AccountEventKind
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignInRefusedInactive,
    SignedOut,
    TwoFactorSignedIn,
    TwoFactorFailed,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodeUsed,
    Invited,
    InvitationAccepted,
    InvitationRefused,
    PasswordResetRequested,
    PasswordReset,
    PasswordChanged,
    Deactivated,
    Reactivated,
    RolesChanged,
    DetailsChanged,
    AccessTokenIssued,
    AccessTokenRevoked,
}

/// <summary>An append-only record of a sign-in or account change.</summary>
public class AccountEvent
{
    public long Id { get; set; }
    public string? StaffMemberId { get; set; }
    /// <summary>The email typed, kept for failed sign-ins where no account matched.</summary>
    public string? Email { get; set; }
    public AccountEventKind Kind { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? ActorId { get; set; }
    public string? IpAddress { get; set; }
    public string? Detail { get; set; }
}
