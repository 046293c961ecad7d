using System.Security.Claims;
using Audit.Data.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Identity;

public static class AuditClaimTypes
{
    public const string FullName = "audit:name";
    public const string TwoFactorEnabled = "audit:2fa";
    public const string DemoAccount = "audit:demo";
}

/// <summary>Adds the person's name and whether they use an authenticator app to their sign-in cookie.</summary>
public sealed class AuditClaimsPrincipalFactory(
    UserManager<StaffMember> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffMember, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffMember user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AuditClaimTypes.FullName, user.FullName));
        identity.AddClaim(new Claim(AuditClaimTypes.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        if (user.IsDemo)
        {
            identity.AddClaim(new Claim(AuditClaimTypes.DemoAccount, "true"));
        }
        return identity;
    }
}

public static class ClaimsPrincipalExtensions
{
    public static string? StaffMemberId(this ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string FullName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(AuditClaimTypes.FullName) ?? principal.Identity?.Name ?? string.Empty;

    public static bool IsDemoAccount(this ClaimsPrincipal principal) => principal.HasClaim(AuditClaimTypes.DemoAccount, "true");

    /// <summary>
    /// The roles the sign-in carries, as <see cref="ClaimsPrincipal.IsInRole"/> reads them: read from the database at
    /// sign-in and again at every security-stamp validation, so no request reads them to show a page.
    /// </summary>
    public static IReadOnlySet<string> RoleNames(this ClaimsPrincipal principal) =>
        principal.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    public static bool UsesTwoFactor(this ClaimsPrincipal principal) => principal.FindFirstValue(AuditClaimTypes.TwoFactorEnabled) == "true";

    /// <summary>True when one of the person's roles requires an authenticator app and they have not set one up.</summary>
    public static bool MustSetUpTwoFactor(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && !principal.UsesTwoFactor() && Roles.RequiringTwoFactor.Any(principal.IsInRole);
}
