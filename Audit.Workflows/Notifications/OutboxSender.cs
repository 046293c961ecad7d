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
/// marked sent, the next sweep sends it again — with the same Message-Id, so mail systems treat it as one message.
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

    /// <summary>Sends every due message, in batches; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var batch = await db.OutboxMessages
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.Priority == MessagePriority.High ? 0 : 1)
                .ThenBy(m => m.CreatedAt)
                .Take(Options.BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var failedInBatch = 0;
            foreach (var message in batch)
            {
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
            if (failedInBatch == batch.Count)
            {
                break;
            }
        }

        return sent;
    }

    private async Task<bool> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        message.Attempts++;
        message.LastAttemptAt = now;
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
