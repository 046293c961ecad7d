using System.Security.Cryptography;
using System.Text;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Identity;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Reporting.Feeds;

/// <summary>A token as the QA lead sees it in the list: never the token, which is shown once when issued.</summary>
public sealed record AccessTokenItem(int Id, string Name, string OwnerId, string OwnerName, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}

/// <summary>What the QA lead asks for: whose scope the token carries, a name, and the last day it works.</summary>
public sealed record IssueAccessToken(string? OwnerId, string? Name, DateOnly? ExpiresOn);

/// <summary>The token just issued: <see cref="Token"/> is shown to the QA lead once and never stored.</summary>
public sealed record IssuedAccessToken(int Id, string Name, string OwnerName, DateTimeOffset ExpiresAt, string Token);

/// <summary>
/// Personal access tokens for the reporting feeds. A QA lead issues one for any active member of staff who sees
/// reports (the token carries that person's reporting scope, so a service manager's token reads only their service
/// area) and revokes any. A token is 32 random bytes, base64url with an "audit_" prefix; only its SHA-256 hash is stored.
/// </summary>
public sealed class AccessTokens(AuditDbContext db, AuditAccess access, AccountEvents events, TimeProvider clock)
{
    public const string Prefix = "audit_";
    /// <summary>Tokens last at most a year: a forgotten token stops working on its own.</summary>
    public const int MaxValidDays = 365;

    /// <summary>Every token, those still working first, then the newest.</summary>
    public async Task<IReadOnlyList<AccessTokenItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var tokens = await db.PersonalAccessTokens.AsNoTracking()
            .Select(t => new AccessTokenItem(t.Id, t.Name, t.OwnerId, t.Owner!.FullName, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
            .ToListAsync(cancellationToken);
        return tokens.OrderByDescending(t => t.IsActive(now)).ThenByDescending(t => t.CreatedAt).ToList();
    }

    public async Task<AccessTokenItem?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        await db.PersonalAccessTokens.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new AccessTokenItem(t.Id, t.Name, t.OwnerId, t.Owner!.FullName, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Active staff who see reports, by name: the people a token may be issued for.</summary>
    public async Task<IReadOnlyList<StaffMember>> PossibleOwnersAsync(CancellationToken cancellationToken = default)
    {
        string[] reporting = [Roles.QaLead, Roles.PracticeImprovementManager, Roles.AssistantDirector, Roles.ServiceManager];
        var ids = db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => reporting.Contains(x.Name!)).Select(x => x.UserId);
        return (await db.Users.AsNoTracking().Where(u => u.IsActive && ids.Contains(u.Id)).ToListAsync(cancellationToken))
            .OrderBy(u => u.FullName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<CommandResult<IssuedAccessToken>> IssueAsync(IssueAccessToken command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
    {
        var errors = new CommandResult();
        var owner = string.IsNullOrEmpty(command.OwnerId) ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == command.OwnerId && u.IsActive, cancellationToken);
        if (owner is null)
        {
            errors.AddError(nameof(command.OwnerId), "Select who the token is for");
        }
        else if (await access.ReportableToAsync(owner.Id, cancellationToken) is null)
        {
            errors.AddError(nameof(command.OwnerId), $"{owner.FullName} does not see reports, so a token would read nothing");
        }

        var name = command.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.AddError(nameof(command.Name), "Enter a name for the token");
        }
        else if (name.Length > Limits.OrganisationName)
        {
            errors.AddError(nameof(command.Name), $"The name must be {Limits.OrganisationName} characters or fewer");
        }

        var today = UkTime.Today(clock);
        if (command.ExpiresOn is not { } expiresOn)
        {
            errors.AddError(nameof(command.ExpiresOn), "Enter the date the token expires");
        }
        else if (expiresOn < today || expiresOn > today.AddDays(MaxValidDays))
        {
            errors.AddError(nameof(command.ExpiresOn), $"The expiry date must be between today and {ReportPeriod.Long(today.AddDays(MaxValidDays))}");
        }

        var result = CommandResult.WithFormErrors(formErrors, errors);
        if (!result.Succeeded)
        {
            return CommandResult<IssuedAccessToken>.Failure(result);
        }

        var token = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = new PersonalAccessToken
        {
            OwnerId = owner!.Id,
            Name = name!,
            TokenHash = Hash(token),
            CreatedAt = clock.GetUtcNow(),
            CreatedById = actorId,
            ExpiresAt = EndOfUkDay(command.ExpiresOn!.Value),
        };
        db.PersonalAccessTokens.Add(entity);
        events.Add(AccountEventKind.AccessTokenIssued, owner.Id, owner.Email, actorId, $"Token '{entity.Name}', expires {ReportPeriod.Long(command.ExpiresOn.Value)}");
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<IssuedAccessToken>.Success(new IssuedAccessToken(entity.Id, entity.Name, owner.FullName, entity.ExpiresAt, token));
    }

    /// <summary>Revokes a token at once; revoking one already revoked changes nothing.</summary>
    public async Task<CommandResult<AccessTokenItem>> RevokeAsync(int id, string actorId, CancellationToken cancellationToken = default)
    {
        var token = await db.PersonalAccessTokens.Include(t => t.Owner).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null)
        {
            return CommandResult<AccessTokenItem>.Failure(string.Empty, "The token could not be found");
        }

        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            token.RevokedById = actorId;
            events.Add(AccountEventKind.AccessTokenRevoked, token.OwnerId, token.Owner?.Email, actorId, $"Token '{token.Name}'");
            await db.SaveChangesAsync(cancellationToken);
        }

        return CommandResult<AccessTokenItem>.Success(new AccessTokenItem(token.Id, token.Name, token.OwnerId, token.Owner?.FullName ?? string.Empty,
            token.CreatedAt, token.ExpiresAt, token.RevokedAt, token.LastUsedAt));
    }

    /// <summary>
    /// The owner of a working token (not expired, not revoked, owner still active), or null. Records when it was
    /// last used, at most once a minute so a Power BI refresh of many pages does not write on every page.
    /// </summary>
    public async Task<string?> AuthenticateAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var now = clock.GetUtcNow();
        var found = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (found is null || found.RevokedAt is not null || found.ExpiresAt <= now
            || !await db.Users.AnyAsync(u => u.Id == found.OwnerId && u.IsActive, cancellationToken))
        {
            return null;
        }

        if (found.LastUsedAt is not { } used || now - used > TimeSpan.FromMinutes(1))
        {
            found.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return found.OwnerId;
    }

    /// <summary>SHA-256 of the token's UTF-8 bytes, lower-case hexadecimal.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A token expiring "on" a day works to the end of that day in the UK.</summary>
    private static DateTimeOffset EndOfUkDay(DateOnly day)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, UkTime.Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
