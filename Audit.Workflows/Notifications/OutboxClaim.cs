using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Notifications;

/// <summary>
/// The batch one sender holds: its claim token, when the claim lapses, and the conditional updates that take, renew,
/// record and release it. Every update names the token, so a sender whose claim lapsed and was taken by another
/// instance changes nothing (docs/adr/0007-claims-not-a-clustered-scheduler.md).
/// </summary>
internal sealed class OutboxClaim(AuditDbContext db, TimeProvider clock, EmailOptions options)
{
    public Guid Token { get; } = Guid.NewGuid();

    public DateTimeOffset Until { get; private set; }

    private TimeSpan Length => TimeSpan.FromSeconds(options.ClaimSeconds);

    /// <summary>
    /// Claims up to a batch of due messages that no live claim holds. Returns what this sender now holds, and whether
    /// anything was due at all (another instance may have claimed every row between the read and the update).
    /// </summary>
    public async Task<(List<OutboxMessage> Batch, bool AnyDue)> TakeBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + Length;
        var due = await InSendingOrder(Due(now))
            .Take(options.BatchSize)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return ([], false);
        }

        // The database re-checks Due's WHERE clause on each row it updates, so two claims never both hold a row.
        await Due(now).Where(m => due.Contains(m.Id)).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimToken, Token)
            .SetProperty(m => m.ClaimedUntil, until)
            .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        Until = until;
        var batch = await InSendingOrder(db.OutboxMessages.AsNoTracking().Where(m => m.ClaimToken == Token && m.Status == OutboxStatus.Pending))
            .ToListAsync(cancellationToken);
        return (batch, true);
    }

    /// <summary>
    /// True when the claim has time left for a whole send and its save (<see cref="EmailOptions.SendWindow"/>),
    /// renewing it first if need be. The renewal only extends a claim this sender still holds and that has not
    /// lapsed: false means it lapsed (another instance may hold the rows now) and nothing more may be sent.
    /// </summary>
    public async Task<bool> HasTimeToSendAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (Until - now >= options.SendWindow)
        {
            return true;
        }

        var until = now + Length;
        // Version is left alone: renewing changes nothing a QA lead sees, so their open delivery page stays current.
        var renewed = await db.OutboxMessages
            .Where(m => m.ClaimToken == Token && m.Status == OutboxStatus.Pending && m.ClaimedUntil > now)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        if (renewed == 0)
        {
            return false;
        }

        Until = until;
        return true;
    }

    /// <summary>
    /// Writes the outcome of one attempt (sent, rescheduled or failed) and clears the claim on that row, only if this
    /// sender still holds it and nobody else changed the row since it was claimed. False when nothing was written.
    /// </summary>
    public async Task<bool> RecordAsync(OutboxMessage message)
    {
        // CancellationToken.None: once the server has the message, stopping must not leave the row unmarked.
        var written = await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.ClaimToken == Token && m.Version == message.Version)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, message.Status)
                .SetProperty(m => m.Attempts, message.Attempts)
                .SetProperty(m => m.LastAttemptAt, message.LastAttemptAt)
                .SetProperty(m => m.NextAttemptAt, message.NextAttemptAt)
                .SetProperty(m => m.SentAt, message.SentAt)
                .SetProperty(m => m.LastError, message.LastError)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.Version, m => m.Version + 1), CancellationToken.None);
        return written == 1;
    }

    /// <summary>Whether this sender's token is still on the row: tells a lost claim from a QA lead's change.</summary>
    public Task<bool> StillHoldsAsync(Guid id) =>
        db.OutboxMessages.AnyAsync(m => m.Id == id && m.ClaimToken == Token, CancellationToken.None);

    /// <summary>Lets the rest of the batch go back to the queue for the next sweep anywhere.</summary>
    public Task ReleaseAsync(CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.ClaimToken == Token && m.Status == OutboxStatus.Pending).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimToken, (Guid?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);

    /// <summary>High priority first, then oldest first.</summary>
    private static IQueryable<OutboxMessage> InSendingOrder(IQueryable<OutboxMessage> messages) =>
        messages.OrderBy(m => m.Priority == MessagePriority.High ? 0 : 1).ThenBy(m => m.CreatedAt);

    /// <summary>Pending messages whose next attempt has come and that no live claim holds.</summary>
    private IQueryable<OutboxMessage> Due(DateTimeOffset now) => db.OutboxMessages
        .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now));
}
