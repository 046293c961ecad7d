using System.Globalization;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Staff;

/// <summary>How staff pages word statuses, times and account events.</summary>
public static class StaffDisplay
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string StatusText(StaffStatus status) => status switch
    {
        StaffStatus.Invited => "Invited",
        StaffStatus.Active => "Active",
        _ => "Deactivated",
    };

    public static string StatusTagClass(StaffStatus status) => status switch
    {
        StaffStatus.Invited => "govuk-tag govuk-tag--blue",
        StaffStatus.Active => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static IReadOnlyList<SelectListItem> RoleItems { get; } = Roles.All.Select(r => new SelectListItem(r, r)).ToList();

    /// <summary>GOV.UK style, in UK time: "4 March 2026 at 2:15pm".</summary>
    public static string Time(DateTimeOffset? value)
    {
        if (value is not { } utc)
        {
            return "Never";
        }

        var uk = UkTime.ToUk(utc);
        return uk.ToString("d MMMM yyyy 'at' h:mm", English) + (uk.Hour < 12 ? "am" : "pm");
    }

    public static string EventText(AccountEventKind kind) => kind switch
    {
        AccountEventKind.SignedIn => "Signed in",
        AccountEventKind.SignInFailed => "Sign-in failed",
        AccountEventKind.LockedOut => "Locked out after failed sign-ins",
        AccountEventKind.SignInRefusedInactive => "Sign-in refused: account deactivated",
        AccountEventKind.SignedOut => "Signed out",
        AccountEventKind.TwoFactorSignedIn => "Signed in with authenticator code",
        AccountEventKind.TwoFactorFailed => "Authenticator code refused",
        AccountEventKind.TwoFactorEnabled => "Authenticator app set up",
        AccountEventKind.TwoFactorDisabled => "Authenticator app removed",
        AccountEventKind.RecoveryCodeUsed => "Signed in with a recovery code",
        AccountEventKind.Invited => "Invitation sent",
        AccountEventKind.InvitationAccepted => "Invitation accepted",
        AccountEventKind.InvitationRefused => "Invitation link refused",
        AccountEventKind.PasswordResetRequested => "Password reset requested",
        AccountEventKind.PasswordReset => "Password reset",
        AccountEventKind.PasswordChanged => "Password changed",
        AccountEventKind.Deactivated => "Account deactivated",
        AccountEventKind.Reactivated => "Account reactivated",
        AccountEventKind.RolesChanged => "Roles changed",
        AccountEventKind.DetailsChanged => "Details changed",
        AccountEventKind.AccessTokenIssued => "Feed access token issued",
        AccountEventKind.AccessTokenRevoked => "Feed access token revoked",
        _ => kind.ToString(),
    };
}
