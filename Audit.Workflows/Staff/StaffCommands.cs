using Audit.Data.Models;

namespace Audit.Workflows.Staff;

/// <summary>Where a person's account stands. Invited people have not yet set a password.</summary>
public enum StaffStatus
{
    Invited,
    Active,
    Deactivated,
}

public sealed record StaffSearch(string? Text, StaffStatus? Status, string? Role);

public sealed record StaffListItem(string Id, string FullName, string Email, string? JobTitle, string? Team, IReadOnlyList<string> Roles, StaffStatus Status);

public sealed record StaffEventView(AccountEventKind Kind, DateTimeOffset OccurredAt, string? Actor, string? Detail);

/// <summary>
/// One person, for the QA lead. <see cref="ConcurrencyStamp"/> goes into edit forms so a stale edit is noticed.
/// </summary>
public sealed record StaffProfile(
    string Id,
    string FullName,
    string Email,
    string? JobTitle,
    string? StaffNumber,
    int? TeamId,
    string? Team,
    IReadOnlyList<string> Roles,
    StaffStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt,
    DateTimeOffset? DeactivatedAt,
    string? ConcurrencyStamp,
    IReadOnlyList<StaffEventView> RecentEvents);

public sealed record EditStaffDetailsCommand(string? FullName, string? JobTitle, int? TeamId, string? ConcurrencyStamp, string? StaffNumber);

public sealed record EditStaffRolesCommand(IReadOnlyCollection<string> Roles, string? ConcurrencyStamp);
