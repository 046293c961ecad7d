using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Notifications;

public sealed record OutboxSummary(int Pending, int Failed, int SentLast24Hours, DateTimeOffset? OldestPendingAt);

/// <summary>One line of the delivery page's table: everything but the bodies.</summary>
public sealed record OutboxListItem(
    Guid Id, DateTimeOffset CreatedAt, string Kind, string ToAddress, string Subject, OutboxStatus Status, int Attempts, string? LastError, int Version,
    bool BeingSent)
{
    /// <summary>
    /// Pending and failed messages can be put back in the queue to go now; sent ones cannot, nor one a sender holds
    /// (<see cref="BeingSent"/>: it may be on its way to the mail server).
    /// </summary>
    public bool CanRetry => Status != OutboxStatus.Sent && !BeingSent;
}

/// <summary>A page of the delivery list. <see cref="Page"/> is the page actually shown, within 1 to <see cref="PageCount"/>.</summary>
public sealed record OutboxListPage(IReadOnlyList<OutboxListItem> Items, int Total, int Page, int PageCount);

/// <summary>What the QA lead's email delivery page reads and does.</summary>
public sealed class OutboxAdministration(AuditDbContext db, TimeProvider clock, IMailTransport transport)
{
    /// <summary>Where mail goes, e.g. "SMTP smtp.council.gov.uk:587 (StartTls)" or the pickup folder.</summary>
    public string Destination => transport.Description;

    public async Task<OutboxSummary> SummariseAsync(CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().AddHours(-24);
        var pending = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
        // SentAt is set only when a message is sent, so its index answers this without reading every email ever sent.
        var sent = await db.OutboxMessages.CountAsync(m => m.SentAt >= since, cancellationToken);
        var oldest = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return new OutboxSummary(pending, failed, sent, oldest);
    }

    /// <summary>
    /// Messages newest first, optionally of one status. A page number out of range shows the nearest page rather
    /// than failing: people edit addresses and follow old links.
    /// </summary>
    public async Task<OutboxListPage> ListAsync(OutboxStatus? status, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var query = db.OutboxMessages.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(m => m.Status == s);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)(((long)total + pageSize - 1) / pageSize));
        var current = Math.Clamp(page, 1, pageCount);
        var now = clock.GetUtcNow();
        var items = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((current - 1) * pageSize).Take(pageSize)
            .Select(m => new OutboxListItem(m.Id, m.CreatedAt, m.Kind, m.ToAddress, m.Subject, m.Status, m.Attempts, m.LastError, m.Version,
                m.ClaimedUntil != null && m.ClaimedUntil > now))
            .ToListAsync(cancellationToken);
        return new OutboxListPage(items, total, current, pageCount);
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

        // A sender holds it and may be handing it to the mail server this moment: queueing it again now would send it
        // twice. Once the claim ends it is sent, rescheduled or failed, and can be retried then. (A claim taken after
        // this check moves the version on, so this save is refused as a conflict.)
        if (message.ClaimedUntil > clock.GetUtcNow())
        {
            return CommandResult.Failure(string.Empty, "This email is being sent now — check again in a minute");
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
