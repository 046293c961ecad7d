using Audit.Data;
using Audit.Data.Models;
using Microsoft.AspNetCore.Identity;
using Audit.Workflows.Common;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Identity;

public enum SignInOutcome
{
    SignedIn,
    RequiresTwoFactor,
    LockedOut,
    Failed,
}

/// <summary>
/// Signs people in and records every attempt. An unknown email, a deactivated account, a wrong password and a locked
/// account all take the same work (a password hash is checked every time) and get the same words on the page, so
/// neither the answer nor its timing tells anyone which accounts exist. The holder of an account that is locked is
/// told by email.
/// </summary>
public sealed class SignInService(
    SignInManager<StaffMember> signIn, UserManager<StaffMember> users, AccountEvents events, AuditDbContext db, TimeProvider clock,
    Outbox outbox, EmailTemplates templates, IOptions<AppOptions> app)
{
    public const string FailedMessage = "If the email and password are right you will be signed in; after several failed attempts, wait 15 minutes";

    private static readonly StaffMember NoOne = new() { FullName = "No one" };

    /// <summary>A hash of a password no one has, checked when there is no account's own to check.</summary>
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<StaffMember>().HashPassword(NoOne, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));

    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || !user.IsActive || user.PasswordHash is null)
        {
            // The same hashing work as a real attempt, and the same answer as a wrong password.
            users.PasswordHasher.VerifyHashedPassword(user ?? NoOne, DummyHash.Value, password);
            await events.RecordAsync(user is { IsActive: false } ? AccountEventKind.SignInRefusedInactive : AccountEventKind.SignInFailed,
                user?.Id, user?.Email ?? email, detail: user is null ? "No account with this email" : null);
            return SignInOutcome.Failed;
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        if (wasLocked)
        {
            // Identity answers a locked account without checking the password: do the same work as any attempt.
            users.PasswordHasher.VerifyHashedPassword(user, DummyHash.Value, password);
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
            if (!wasLocked)
            {
                await LockedAsync(user);
            }
            else
            {
                await events.RecordAsync(AccountEventKind.SignInFailed, user.Id, user.Email, detail: "Account locked");
            }

            return SignInOutcome.LockedOut;
        }

        await events.RecordAsync(AccountEventKind.SignInFailed, user.Id, user.Email);
        return SignInOutcome.Failed;
    }

    /// <summary>The attempt that locked the account: recorded, and the holder told, in one save.</summary>
    private async Task LockedAsync(StaffMember user)
    {
        events.Add(AccountEventKind.LockedOut, user.Id, user.Email, detail: "Locked for 15 minutes after too many failed sign-ins");
        outbox.Enqueue(user.Email!, user.FullName, templates.AccountLocked(user.FullName, app.Value.Link("/account/forgot-password")));
        await db.SaveChangesAsync();
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
