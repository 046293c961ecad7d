using System.Text;
using System.Text.Encodings.Web;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.AspNetCore.Identity;

namespace Audit.Workflows.Identity;

/// <summary>What the "Your account" page shows.</summary>
public sealed record AccountSummary(
    string FullName,
    string Email,
    IReadOnlyList<string> Roles,
    bool HasAuthenticator,
    int RecoveryCodesLeft,
    bool MustUseAuthenticator);

/// <summary>What a person needs to add Audit to their authenticator app.</summary>
public sealed record AuthenticatorSetUp(string SharedKey, string AuthenticatorUri)
{
    /// <summary>The key in groups of 4, easier to type into an app by hand.</summary>
    public string FormattedKey => string.Join(' ', SharedKey.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
}

/// <summary>
/// Authenticator apps (TOTP) and recovery codes. After each change the sign-in cookie is refreshed, because the
/// audit:2fa claim in it decides whether QA leads and assistant directors are sent to set one up.
/// </summary>
public sealed class TwoFactorService(
    AuditDbContext db,
    UserManager<StaffMember> users,
    SignInManager<StaffMember> signIn,
    AccountEvents events)
{
    public const string Issuer = "Audit";
    public const int RecoveryCodeCount = 10;

    public async Task<AccountSummary> SummariseAsync(string staffMemberId)
    {
        var staff = await FindAsync(staffMemberId);
        var roles = (await users.GetRolesAsync(staff)).OrderBy(r => Roles.All.ToList().IndexOf(r)).ToList();
        return new AccountSummary(
            staff.FullName,
            staff.Email ?? string.Empty,
            roles,
            staff.TwoFactorEnabled,
            staff.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(staff) : 0,
            MustUseAuthenticator(roles));
    }

    /// <summary>True when one of these roles may not sign in without an authenticator app.</summary>
    public static bool MustUseAuthenticator(IEnumerable<string> roles) => roles.Any(Roles.RequiringTwoFactor.Contains);

    /// <summary>The key and otpauth address for a person setting up an app; a key is made on first use.</summary>
    public async Task<AuthenticatorSetUp> GetSetUpAsync(string staffMemberId)
    {
        var staff = await FindAsync(staffMemberId);
        var key = await users.GetAuthenticatorKeyAsync(staff);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(staff);
            key = await users.GetAuthenticatorKeyAsync(staff)
                ?? throw new InvalidOperationException("Identity did not create an authenticator key.");
        }

        var account = UrlEncoder.Default.Encode(staff.Email ?? staff.UserName ?? staff.Id);
        var issuer = UrlEncoder.Default.Encode(Issuer);
        return new AuthenticatorSetUp(key, $"otpauth://totp/{issuer}:{account}?secret={key}&issuer={issuer}&digits=6");
    }

    /// <summary>
    /// Checks the code from the person's app and, if it matches, turns on two-factor sign-in and returns a new set
    /// of recovery codes to show them once.
    /// </summary>
    public async Task<CommandResult<IReadOnlyList<string>>> EnableAsync(string staffMemberId, string? code)
    {
        var staff = await FindAsync(staffMemberId);
        var normalised = Normalise(code);
        if (normalised.Length == 0)
        {
            return CommandResult<IReadOnlyList<string>>.Failure("Code", "Enter the 6-digit code from your authenticator app");
        }

        if (normalised.Length != 6 || !normalised.All(char.IsAsciiDigit))
        {
            return CommandResult<IReadOnlyList<string>>.Failure("Code", "The code must be 6 digits");
        }

        if (!await users.VerifyTwoFactorTokenAsync(staff, users.Options.Tokens.AuthenticatorTokenProvider, normalised))
        {
            await events.RecordAsync(AccountEventKind.TwoFactorFailed, staff.Id, staff.Email, detail: "Wrong code while setting up an authenticator app");
            return CommandResult<IReadOnlyList<string>>.Failure("Code", "The code is not correct. Enter the code shown in your authenticator app now");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.SetTwoFactorEnabledAsync(staff, true);
        var recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(staff, RecoveryCodeCount))?.ToList() ?? [];
        events.Add(AccountEventKind.TwoFactorEnabled, staff.Id, staff.Email, actorId: staff.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        await signIn.RefreshSignInAsync(staff);
        return CommandResult<IReadOnlyList<string>>.Success(recoveryCodes);
    }

    /// <summary>
    /// Forgets the current app (for a lost or replaced phone): a new key is made and two-factor sign-in is off until
    /// the person confirms a code from the new app.
    /// </summary>
    public Task ResetAsync(string staffMemberId) => DisableAsync(staffMemberId, "Authenticator app reset");

    /// <summary>Turns two-factor sign-in off, for roles that do not require it.</summary>
    public async Task<CommandResult> TurnOffAsync(string staffMemberId)
    {
        var staff = await FindAsync(staffMemberId);
        if (MustUseAuthenticator(await users.GetRolesAsync(staff)))
        {
            return CommandResult.Failure(string.Empty, "You cannot turn off your authenticator app because you are a QA lead or assistant director");
        }

        await DisableAsync(staffMemberId, "Turned off");
        return CommandResult.Success;
    }

    private async Task DisableAsync(string staffMemberId, string detail)
    {
        var staff = await FindAsync(staffMemberId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.SetTwoFactorEnabledAsync(staff, false);
        // A new key, so an app set up with the old one (perhaps on a lost phone) never works again.
        await users.ResetAuthenticatorKeyAsync(staff);
        events.Add(AccountEventKind.TwoFactorDisabled, staff.Id, staff.Email, actorId: staff.Id, detail: detail);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        await signIn.RefreshSignInAsync(staff);
    }

    private async Task<StaffMember> FindAsync(string staffMemberId) =>
        await users.FindByIdAsync(staffMemberId) ?? throw new InvalidOperationException("The signed-in person's account no longer exists.");

    private static string Normalise(string? code) =>
        new StringBuilder(code ?? string.Empty).Replace(" ", string.Empty).Replace("-", string.Empty).ToString().Trim();
}
