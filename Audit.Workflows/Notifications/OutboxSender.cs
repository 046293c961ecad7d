using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Notifications;

/// <summary>
/// Sends the outbox messages that are due. A message that cannot be sent stays pending and is retried with
/// back-off; after <see cref="EmailOptions.MaxAttempts"/> it is marked failed with the last error.
/// </summary>
/// <remarks>
/// Delivery is at-least-once: if the process dies after the server accepted a message but before the row is
/// marked sent, its claim lapses and a later sweep sends it again — with the same Message-Id, so mail systems treat
/// it as one message. Nothing else is ever sent twice: a message is sent only by the sender holding its claim
/// (docs/adr/0007-claims-not-a-clustered-scheduler.md).
/// </remarks>
public sealed partial class OutboxSender(
    AuditDbContext db,
    IMailTransport transport,
    MimeMessageFactory factory,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<OutboxSender> logger)
{
    private EmailOptions Options => options.Value;

    /// <summary>
    /// Sends every due message, in batches; returns how many were sent. Each batch is first claimed for this sender
    /// (a claim token and its expiry, set by one UPDATE that only takes rows nobody holds), so any number of
    /// instances can sweep one database and never send the same message twice.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var token = Guid.NewGuid();
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (batch, claimedUntil, anyDue) = await ClaimBatchAsync(token, cancellationToken);
            if (!anyDue)
            {
                break;
            }

            var failedInBatch = 0;
            foreach (var message in batch)
            {
                if (clock.GetUtcNow() >= claimedUntil - TimeSpan.FromSeconds(Options.Smtp.TimeoutSeconds))
                {
                    // The claim would lapse during this send: let the rest go back to the queue rather than risk
                    // another instance sending the same message alongside.
                    await ReleaseAsync(token, cancellationToken);
                    return sent;
                }

                if (await TrySendAsync(message, cancellationToken))
                {
                    sent++;
                }
                else
                {
                    failedInBatch++;
                }
            }

            // Failed messages are rescheduled into the future, so the next query will not see them again; but if
            // the whole batch failed the server is probably down and another pass now would fail the same way.
            if (batch.Count > 0 && failedInBatch == batch.Count)
            {
                break;
            }
        }

        return sent;
    }

    /// <summary>
    /// Claims up to a batch of due messages that no live claim holds. Returns what this sender now holds, and whether
    /// anything was due at all (another instance may have claimed every row between the read and the update).
    /// </summary>
    private async Task<(List<OutboxMessage> Batch, DateTimeOffset ClaimedUntil, bool AnyDue)> ClaimBatchAsync(Guid token, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        var until = now + TimeSpan.FromSeconds(Options.ClaimSeconds);
        var due = await InSendingOrder(Due(now))
            .Take(Options.BatchSize)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return ([], until, false);
        }

        await Due(now).Where(m => due.Contains(m.Id)).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimToken, token)
            .SetProperty(m => m.ClaimedUntil, until)
            .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        var batch = await InSendingOrder(db.OutboxMessages.Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Pending))
            .ToListAsync(cancellationToken);
        return (batch, until, true);
    }

    /// <summary>High priority first, then oldest first.</summary>
    private static IQueryable<OutboxMessage> InSendingOrder(IQueryable<OutboxMessage> messages) =>
        messages.OrderBy(m => m.Priority == MessagePriority.High ? 0 : 1).ThenBy(m => m.CreatedAt);

    /// <summary>Pending messages whose next attempt has come and that no live claim holds.</summary>
    private IQueryable<OutboxMessage> Due(DateTimeOffset now) => db.OutboxMessages
        .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now));

    private Task ReleaseAsync(Guid token, CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Pending).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimToken, (Guid?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);

    private async Task<bool> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        message.Attempts++;
        message.LastAttemptAt = now;
        message.ClaimToken = null;
        message.ClaimedUntil = null;
        bool delivered;
        try
        {
            await transport.SendAsync(factory.Create(message), cancellationToken);
            message.Status = OutboxStatus.Sent;
            message.SentAt = clock.GetUtcNow();
            message.LastError = null;
            delivered = true;
            LogSent(message.Id, message.Kind, message.Attempts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.LastError = Truncate($"{ex.GetType().Name}: {ex.Message}", 2000);
            if (message.Attempts >= Options.MaxAttempts)
            {
                message.Status = OutboxStatus.Failed;
                LogFailed(message.Id, message.Kind, message.Attempts, message.LastError);
            }
            else
            {
                message.NextAttemptAt = now + Options.RetryDelay(message.Attempts);
                LogWillRetry(message.Id, message.Kind, message.Attempts, message.NextAttemptAt, message.LastError);
            }

            delivered = false;
        }

        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A QA lead changed the row (for example retried it) while we were sending: theirs stands.
            db.Entry(message).State = EntityState.Detached;
        }

        return delivered;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent email {MessageId} ({Kind}) on attempt {Attempts}")]
    private partial void LogSent(Guid messageId, string kind, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId} ({Kind}) failed on attempt {Attempts}; next attempt at {NextAttemptAt}: {Error}")]
    private partial void LogWillRetry(Guid messageId, string kind, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {MessageId} ({Kind}) failed after {Attempts} attempts and will not be retried automatically: {Error}")]
    private partial void LogFailed(Guid messageId, string kind, int attempts, string error);
}
