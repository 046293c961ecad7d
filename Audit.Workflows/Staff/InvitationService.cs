using System.Security.Cryptography;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Identity;
using Audit.Workflows.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Staff;

public sealed record InviteStaffCommand(string FullName, string Email, string? JobTitle, int? TeamId, IReadOnlyCollection<string> Roles, string? StaffNumber = null);

public enum InvitationState
{
    Valid,
    NotFound,
    Expired,
    Used,
    Replaced,
    AccountInactive,
}

public sealed record InvitationCheck(InvitationState State, StaffMember? StaffMember, DateTimeOffset? ExpiresAt)
{
    /// <summary>What to tell the person who followed the link, in GOV.UK wording.</summary>
    public string Explanation => State switch
    {
        InvitationState.Valid => string.Empty,
        InvitationState.Expired => "This invitation link has expired. Ask your quality assurance lead to send you a new one.",
        InvitationState.Used => "This invitation link has already been used. Sign in with the password you set, or reset your password if you have forgotten it.",
        InvitationState.Replaced => "A newer invitation has been sent to you. Use the link in the most recent email.",
        InvitationState.AccountInactive => "Your account is no longer active. Ask your quality assurance lead if you need access.",
        _ => "This invitation link is not valid. Check you copied the whole link from the email, or ask your quality assurance lead to send a new one.",
    };
}

/// <summary>
/// Invite-only accounts: the QA lead invites a person by email; the single-use link lets them set a password.
/// </summary>
public sealed class InvitationService(
    AuditDbContext db,
    UserManager<StaffMember> users,
    Outbox outbox,
    EmailTemplates templates,
    AccountEvents events,
    TimeProvider clock,
    IOptions<AppOptions> app)
{
    public async Task<CommandResult<StaffMember>> InviteAsync(InviteStaffCommand command, string? actorId, CancellationToken cancellationToken = default)
    {
        var result = new CommandResult();
        var fullName = command.FullName?.Trim() ?? string.Empty;
        var email = command.Email?.Trim() ?? string.Empty;
        if (fullName.Length == 0)
        {
            result.AddError(nameof(command.FullName), "Enter the person's full name");
        }
        else if (fullName.Length > Limits.PersonName)
        {
            result.AddError(nameof(command.FullName), $"Full name must be {Limits.PersonName} characters or fewer");
        }
        else if (ControlCharacters.Contains(fullName))
        {
            result.AddError(nameof(command.FullName), ControlCharacters.Message("Full name", multiLine: false));
        }

        if (email.Length == 0)
        {
            result.AddError(nameof(command.Email), "Enter an email address");
        }
        else if (!EmailAddresses.IsValid(email))
        {
            result.AddError(nameof(command.Email), EmailAddresses.FormatMessage);
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            result.AddError(nameof(command.Email), "Someone with this email address already has an account");
        }

        if (command.JobTitle is { Length: > Limits.JobTitle })
        {
            result.AddError(nameof(command.JobTitle), $"Job title must be {Limits.JobTitle} characters or fewer");
        }
        else if (ControlCharacters.Contains(command.JobTitle))
        {
            result.AddError(nameof(command.JobTitle), ControlCharacters.Message("Job title", multiLine: false));
        }

        var staffNumber = StaffNumbers.Normalise(command.StaffNumber);
        if (await StaffNumbers.ProblemForAsync(db, staffNumber, null, cancellationToken) is { } staffNumberProblem)
        {
            result.AddError(nameof(command.StaffNumber), staffNumberProblem);
        }

        if (command.Roles.Count == 0)
        {
            result.AddError(nameof(command.Roles), "Select at least one role");
        }
        else if (command.Roles.Except(Roles.All).Any())
        {
            result.AddError(nameof(command.Roles), "Select roles from the list");
        }

        if (command.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            result.AddError(nameof(command.TeamId), "Select a team from the list");
        }

        if (!result.Succeeded)
        {
            return CommandResult<StaffMember>.Failure(result);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var staff = new StaffMember
        {
            UserName = email,
            Email = email,
            FullName = fullName,
            JobTitle = string.IsNullOrWhiteSpace(command.JobTitle) ? null : command.JobTitle.Trim(),
            StaffNumber = staffNumber,
            TeamId = command.TeamId,
            CreatedAt = clock.GetUtcNow(),
            IsActive = true,
            LockoutEnabled = true,
        };
        try
        {
            var created = await users.CreateAsync(staff);
            if (!created.Succeeded)
            {
                return CommandResult<StaffMember>.Failure(ToResult(created, nameof(command.Email)));
            }

            await users.AddToRolesAsync(staff, command.Roles.Distinct());
            var inviter = actorId is null ? null : await db.Users.Where(u => u.Id == actorId).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken);
            IssueInvitation(staff, actorId, inviter);
            events.Add(AccountEventKind.Invited, staff.Id, staff.Email, actorId, "Roles: " + string.Join(", ", command.Roles));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (StaffNumbers.IsTaken(exception))
        {
            // Disposing the transaction rolls back the half-made account.
            db.ChangeTracker.Clear();
            return CommandResult<StaffMember>.Failure(CommandResult.Failure(nameof(command.StaffNumber), StaffNumbers.InUseMessage));
        }

        await transaction.CommitAsync(cancellationToken);
        return CommandResult<StaffMember>.Success(staff);
    }

    /// <summary>Sends a fresh link; any earlier link stops working.</summary>
    public async Task<CommandResult> ResendAsync(string staffMemberId, string? actorId, CancellationToken cancellationToken = default)
    {
        var staff = await db.Users.FirstOrDefaultAsync(u => u.Id == staffMemberId, cancellationToken);
        if (staff is null)
        {
            return CommandResult.Failure(string.Empty, "The person could not be found");
        }

        if (!staff.IsActive)
        {
            return CommandResult.Failure(string.Empty, "Reactivate the account before sending a new invitation");
        }

        if (staff.PasswordHash is not null)
        {
            return CommandResult.Failure(string.Empty, $"{staff.FullName} has already set a password. They can reset it from the sign-in page");
        }

        var inviter = actorId is null ? null : await db.Users.Where(u => u.Id == actorId).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken);
        IssueInvitation(staff, actorId, inviter);
        events.Add(AccountEventKind.Invited, staff.Id, staff.Email, actorId, "Invitation sent again");
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    public async Task<InvitationCheck> CheckAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return new InvitationCheck(InvitationState.NotFound, null, null);
        }

        var hash = Hash(token);
        var invitation = await db.Invitations.Include(i => i.StaffMember)
            .FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation?.StaffMember is not { } staff)
        {
            return new InvitationCheck(InvitationState.NotFound, null, null);
        }

        var state = invitation switch
        {
            { UsedAt: not null } => InvitationState.Used,
            { RevokedAt: not null } => InvitationState.Replaced,
            _ when !staff.IsActive => InvitationState.AccountInactive,
            _ when invitation.ExpiresAt <= clock.GetUtcNow() => InvitationState.Expired,
            _ => InvitationState.Valid,
        };
        return new InvitationCheck(state, staff, invitation.ExpiresAt);
    }

    /// <summary>Sets the person's first password from a valid invitation. The link cannot be used again.</summary>
    public async Task<CommandResult<StaffMember>> AcceptAsync(string? token, string? password, string? confirmPassword, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(token, cancellationToken);
        if (check.State != InvitationState.Valid || check.StaffMember is not { } staff)
        {
            if (check.StaffMember is { } someone)
            {
                await events.RecordAsync(AccountEventKind.InvitationRefused, someone.Id, someone.Email, detail: check.State.ToString());
            }

            return CommandResult<StaffMember>.Failure(string.Empty, check.Explanation);
        }

        var passwordErrors = await ValidateNewPasswordAsync(staff, password, confirmPassword);
        if (!passwordErrors.Succeeded)
        {
            return CommandResult<StaffMember>.Failure(passwordErrors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var hash = Hash(token!);
        var invitation = await db.Invitations.FirstAsync(i => i.TokenHash == hash, cancellationToken);
        invitation.UsedAt = clock.GetUtcNow();
        staff.EmailConfirmed = true;
        var added = await users.AddPasswordAsync(staff, password!);
        if (!added.Succeeded)
        {
            return CommandResult<StaffMember>.Failure(ToResult(added, "Password"));
        }

        events.Add(AccountEventKind.InvitationAccepted, staff.Id, staff.Email);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<StaffMember>.Success(staff);
    }

    /// <summary>Checks a new password and its confirmation, with the same rules everywhere a password is set.</summary>
    public async Task<CommandResult> ValidateNewPasswordAsync(StaffMember staff, string? password, string? confirmPassword)
    {
        var result = new CommandResult();
        if (string.IsNullOrEmpty(password))
        {
            return result.AddError("Password", "Enter a password");
        }

        foreach (var validator in users.PasswordValidators)
        {
            var outcome = await validator.ValidateAsync(users, staff, password);
            foreach (var error in outcome.Errors)
            {
                result.AddError("Password", PasswordMessage(error));
            }
        }

        if (result.Succeeded && password != confirmPassword)
        {
            result.AddError("ConfirmPassword", "Passwords do not match");
        }

        return result;
    }

    private void IssueInvitation(StaffMember staff, string? actorId, string? inviterName)
    {
        var now = clock.GetUtcNow();
        foreach (var open in db.Invitations.Where(i => i.StaffMemberId == staff.Id && i.UsedAt == null && i.RevokedAt == null))
        {
            open.RevokedAt = now;
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation
        {
            StaffMemberId = staff.Id,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddDays(app.Value.InvitationValidDays),
            InvitedById = actorId,
        };
        db.Invitations.Add(invitation);
        var link = app.Value.Link("/account/invitation/" + token);
        outbox.Enqueue(staff.Email!, staff.FullName, templates.Invitation(staff.FullName, link, invitation.ExpiresAt, inviterName));
    }

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static CommandResult ToResult(IdentityResult identity, string field)
    {
        var result = new CommandResult();
        foreach (var error in identity.Errors)
        {
            result.AddError(field, PasswordMessage(error));
        }

        return result;
    }

    /// <summary>Identity's messages, reworded the GOV.UK way.</summary>
    public static string PasswordMessage(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "Password must be 12 characters or more",
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => "Someone with this email address already has an account",
        nameof(IdentityErrorDescriber.PasswordMismatch) => "The password is not correct",
        _ => error.Description,
    };
}
