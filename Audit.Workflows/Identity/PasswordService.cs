using System.Net.Mail;
using System.Text;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Notifications;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Identity;

public sealed record ResetPasswordCommand(string? StaffMemberId, string? Code, string? Password, string? ConfirmPassword);

public sealed record ChangePasswordCommand(string StaffMemberId, string? CurrentPassword, string? Password, string? ConfirmPassword);

/// <summary>Forgotten passwords, reset links and changing a password while signed in.</summary>
public sealed class PasswordService(
    AuditDbContext db,
    UserManager<StaffMember> users,
    SignInManager<StaffMember> signIn,
    InvitationService invitations,
    Outbox outbox,
    EmailTemplates templates,
    AccountEvents events,
    IOptions<AppOptions> app)
{
    public const string InvalidResetLink = "This link to reset your password has expired or has already been used";

    /// <summary>
    /// Emails a reset link when the address belongs to an active account with a password. The caller shows the same
    /// confirmation either way, so nobody can find out which addresses have accounts.
    /// </summary>
    public async Task<CommandResult> RequestResetAsync(string? email, CancellationToken cancellationToken = default)
    {
        var address = email?.Trim() ?? string.Empty;
        if (address.Length == 0)
        {
            return CommandResult.Failure("Email", "Enter your email address");
        }

        if (address.Length > Limits.Email || !MailAddress.TryCreate(address, out _))
        {
            return CommandResult.Failure("Email", "Enter an email address in the correct format, like name@example.gov.uk");
        }

        var staff = await users.FindByEmailAsync(address);
        if (staff is not { IsActive: true, PasswordHash: not null })
        {
            var reason = staff is null ? "No account with this email" : !staff.IsActive ? "Account inactive" : "No password set yet";
            events.Add(AccountEventKind.PasswordResetRequested, staff?.Id, address, detail: $"No email sent: {reason}");
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }

        var token = await users.GeneratePasswordResetTokenAsync(staff);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = app.Value.Link($"/account/reset-password?id={Uri.EscapeDataString(staff.Id)}&code={code}");
        outbox.Enqueue(staff.Email!, staff.FullName, templates.PasswordReset(staff.FullName, link));
        events.Add(AccountEventKind.PasswordResetRequested, staff.Id, staff.Email);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>True when a reset link can still be used, so the page can say so before the person types a password.</summary>
    public async Task<bool> IsResetLinkValidAsync(string? staffMemberId, string? code) =>
        await FindResetTargetAsync(staffMemberId, code) is not null;

    public async Task<CommandResult> ResetAsync(ResetPasswordCommand command, CancellationToken cancellationToken = default)
    {
        if (await FindResetTargetAsync(command.StaffMemberId, command.Code) is not { } target)
        {
            return CommandResult.Failure(string.Empty, InvalidResetLink);
        }

        var (staff, token) = target;

        var validation = await invitations.ValidateNewPasswordAsync(staff, command.Password, command.ConfirmPassword);
        if (!validation.Succeeded)
        {
            return validation;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Resetting changes the security stamp: the link cannot be used again and other sessions are signed out.
        var reset = await users.ResetPasswordAsync(staff, token, command.Password!);
        if (!reset.Succeeded)
        {
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? CommandResult.Failure(string.Empty, InvalidResetLink)
                : ToPasswordErrors(reset, "Password");
        }

        // Someone locked out by failed attempts has proved they own the mailbox: let them straight back in.
        await users.SetLockoutEndDateAsync(staff, null);
        await users.ResetAccessFailedCountAsync(staff);
        events.Add(AccountEventKind.PasswordReset, staff.Id, staff.Email);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>Changes the signed-in person's password and keeps them signed in on this device only.</summary>
    public async Task<CommandResult> ChangeAsync(ChangePasswordCommand command, CancellationToken cancellationToken = default)
    {
        var staff = await users.FindByIdAsync(command.StaffMemberId)
            ?? throw new InvalidOperationException("The signed-in person's account no longer exists.");
        if (string.IsNullOrEmpty(command.CurrentPassword))
        {
            return CommandResult.Failure("CurrentPassword", "Enter your current password");
        }

        if (!await users.CheckPasswordAsync(staff, command.CurrentPassword))
        {
            // Counts towards lockout, so an unattended session cannot be used to guess the password.
            await users.AccessFailedAsync(staff);
            return CommandResult.Failure("CurrentPassword", "Your current password is not correct");
        }

        var validation = await invitations.ValidateNewPasswordAsync(staff, command.Password, command.ConfirmPassword);
        if (!validation.Succeeded)
        {
            return validation;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await users.ChangePasswordAsync(staff, command.CurrentPassword, command.Password!);
        if (!changed.Succeeded)
        {
            return ToPasswordErrors(changed, "Password");
        }

        await users.ResetAccessFailedCountAsync(staff);
        events.Add(AccountEventKind.PasswordChanged, staff.Id, staff.Email, actorId: staff.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The new security stamp signs out every other session; this one gets a fresh cookie.
        await signIn.RefreshSignInAsync(staff);
        return CommandResult.Success;
    }

    private async Task<(StaffMember Staff, string Token)?> FindResetTargetAsync(string? staffMemberId, string? code)
    {
        if (string.IsNullOrWhiteSpace(staffMemberId) || string.IsNullOrWhiteSpace(code) || code.Length > 1000)
        {
            return null;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }

        var staff = await users.FindByIdAsync(staffMemberId);
        if (staff is not { IsActive: true, PasswordHash: not null })
        {
            return null;
        }

        var valid = await users.VerifyUserTokenAsync(staff, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffMember>.ResetPasswordTokenPurpose, token);
        return valid ? (staff, token) : null;
    }

    private static CommandResult ToPasswordErrors(IdentityResult identity, string field)
    {
        var result = new CommandResult();
        foreach (var error in identity.Errors)
        {
            result.AddError(field, InvitationService.PasswordMessage(error));
        }

        return result;
    }
}
