using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Notifications;

public sealed record OutboxSummary(int Pending, int Failed, int SentLast24Hours, DateTimeOffset? OldestPendingAt);

/// <summary>What the QA lead's email delivery page reads and does.</summary>
public sealed class OutboxAdministration(AuditDbContext db, TimeProvider clock)
{
    public async Task<OutboxSummary> SummariseAsync(CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().AddHours(-24);
        var pending = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
        var sent = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent && m.SentAt >= since, cancellationToken);
        var oldest = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return new OutboxSummary(pending, failed, sent, oldest);
    }

    public async Task<(IReadOnlyList<OutboxMessage> Items, int Total)> ListAsync(
        OutboxStatus? status, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(m => m.Status == s);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.CreatedAt)
            .Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>Puts a failed (or stuck pending) message back in the queue to go at the next sweep.</summary>
    public async Task<CommandResult> RetryAsync(Guid id, int version, CancellationToken cancellationToken = default)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return CommandResult.Failure(string.Empty, "The email could not be found");
        }

        if (message.Status == OutboxStatus.Sent)
        {
            return CommandResult.Failure(string.Empty, "The email has already been sent");
        }

        db.Entry(message).Property(m => m.Version).OriginalValue = version;
        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict("This email's status changed while you were looking at it — review and try again");
        }
    }
}
