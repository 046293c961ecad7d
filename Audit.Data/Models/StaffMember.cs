using Microsoft.AspNetCore.Identity;

namespace Audit.Data.Models;

/// <summary>A member of council staff who can sign in. People who leave are deactivated, never deleted.</summary>
public class StaffMember : IdentityUser
{
    public required string FullName { get; set; }
    public string? JobTitle { get; set; }

    /// <summary>
    /// The person's number in the council's HR and case systems (upper case), so a case-list export that names the
    /// allocated worker by staff number finds them. Unique when given.
    /// </summary>
    public string? StaffNumber { get; set; }
    public int? TeamId { get; set; }
    public Team? Team { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset? DeactivatedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
    /// <summary>How many new audits an auditor can take in a month's programme; auto-allocation never proposes more.</summary>
    public int MonthlyAuditCapacity { get; set; } = StaffLimits.DefaultMonthlyAuditCapacity;

    /// <summary>
    /// A QA lead allows this person to own actions on any audit (a practice lead, a named specialist) besides the
    /// case's practitioner, team manager and service manager. Owning an action never shows them the audit's answers.
    /// </summary>
    public bool MayOwnActions { get; set; }

    /// <summary>True for the clearly labelled demo accounts seeded in Development.</summary>
    public bool IsDemo { get; set; }
}

public static class StaffLimits
{
    public const int DefaultMonthlyAuditCapacity = 4;
    public const int MaxMonthlyAuditCapacity = 50;
}
