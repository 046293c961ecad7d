using Audit.Data;
using Audit.Data.Models;
using Microsoft.AspNetCore.Http;

namespace Audit.Workflows.Identity;

/// <summary>Records sign-in and account events. Adds to the caller's unit of work unless told to save.</summary>
public sealed class AccountEvents(AuditDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Add(AccountEventKind kind, string? staffMemberId, string? email = null, string? actorId = null, string? detail = null) =>
        db.AccountEvents.Add(new AccountEvent
        {
            Kind = kind,
            StaffMemberId = staffMemberId,
            Email = email is { Length: > 256 } ? email[..256] : email,
            ActorId = actorId,
            Detail = detail is { Length: > 500 } ? detail[..500] : detail,
            OccurredAt = clock.GetUtcNow(),
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });

    public async Task RecordAsync(AccountEventKind kind, string? staffMemberId, string? email = null, string? actorId = null, string? detail = null)
    {
        Add(kind, staffMemberId, email, actorId, detail);
        await db.SaveChangesAsync();
    }
}
