using Audit.Data;
using Audit.Data.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Identity;

public enum SignInOutcome
{
    SignedIn,
    RequiresTwoFactor,
    LockedOut,
    Failed,
}

/// <summary>Signs people in and records every attempt.</summary>
public sealed class SignInService(SignInManager<StaffMember> signIn, UserManager<StaffMember> users, AccountEvents events, AuditDbContext db, TimeProvider clock)
{
    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await events.RecordAsync(AccountEventKind.SignInFailed, null, email, detail: "No account with this email");
            return SignInOutcome.Failed;
        }

        if (!user.IsActive)
        {
            // Same message as a wrong password: do not reveal which accounts exist or were deactivated.
            await events.RecordAsync(AccountEventKind.SignInRefusedInactive, user.Id, user.Email);
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await RecordSignInAsync(user, AccountEventKind.SignedIn);
            return SignInOutcome.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.RequiresTwoFactor;
        }

        if (result.IsLockedOut)
        {
            await events.RecordAsync(AccountEventKind.LockedOut, user.Id, user.Email);
            return SignInOutcome.LockedOut;
        }

        await events.RecordAsync(AccountEventKind.SignInFailed, user.Id, user.Email);
        return SignInOutcome.Failed;
    }

    public async Task<SignInOutcome> TwoFactorSignInAsync(string code, bool isRecoveryCode)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var normalised = isRecoveryCode ? NormaliseRecoveryCode(code) : code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = isRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(normalised)
            : await signIn.TwoFactorAuthenticatorSignInAsync(normalised, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await RecordSignInAsync(user, isRecoveryCode ? AccountEventKind.RecoveryCodeUsed : AccountEventKind.TwoFactorSignedIn);
            return SignInOutcome.SignedIn;
        }

        if (result.IsLockedOut)
        {
            await events.RecordAsync(AccountEventKind.LockedOut, user.Id, user.Email);
            return SignInOutcome.LockedOut;
        }

        await events.RecordAsync(AccountEventKind.TwoFactorFailed, user.Id, user.Email);
        return SignInOutcome.Failed;
    }

    /// <summary>Signs in someone who has just proved who they are another way, such as by accepting their invitation.</summary>
    public async Task SignInAsync(StaffMember user, string detail)
    {
        await signIn.SignInAsync(user, isPersistent: false);
        await RecordSignInAsync(user, AccountEventKind.SignedIn, detail);
    }

    private async Task RecordSignInAsync(StaffMember user, AccountEventKind kind, string? detail = null)
    {
        // Written directly, not through UserManager.UpdateAsync: that would change the account's concurrency stamp,
        // and a QA lead editing the person at that moment would be told someone else had changed it.
        var now = clock.GetUtcNow();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSignInAt, now));
        await events.RecordAsync(kind, user.Id, user.Email, detail: detail);
    }

    /// <summary>
    /// Identity stores recovery codes as "XXXXX-XXXXX" and compares them exactly: keep the hyphen (adding it back if
    /// the person left it out) and accept lower case.
    /// </summary>
    private static string NormaliseRecoveryCode(string code)
    {
        var compact = code.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length == 10 && !compact.Contains('-', StringComparison.Ordinal) ? $"{compact[..5]}-{compact[5..]}" : compact;
    }

    /// <summary>True while a person has passed the password step and owes a code.</summary>
    public async Task<bool> HasPendingTwoFactorAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    public async Task SignOutAsync(string? staffMemberId)
    {
        await signIn.SignOutAsync();
        if (staffMemberId is not null)
        {
            await events.RecordAsync(AccountEventKind.SignedOut, staffMemberId);
        }
    }
}
