using System.Globalization;
using Audit.Data;
using Audit.Data.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Notifications;

/// <summary>
/// Sends the outbox messages that are due. A message that cannot be sent stays pending and is retried with
/// back-off; after <see cref="EmailOptions.MaxAttempts"/> it is marked failed with the last error.
/// </summary>
/// <remarks>
/// Delivery is at-least-once: if the process dies (or stalls past its claim) after the server accepted a message
/// but before the row is marked sent, its claim lapses and a later sweep sends it again — with the same Message-Id,
/// so mail systems treat it as one message. Nothing else is ever sent twice: a message is handed to SMTP only while
/// its sender's claim has a whole send and its save left, the send is abandoned after Email:Smtp:TimeoutSeconds,
/// and the outcome is saved only while the claim is still held (docs/adr/0007-claims-not-a-clustered-scheduler.md).
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
    /// instances can sweep one database and never send the same message twice. Before each send the claim must have
    /// a whole send and its save left (<see cref="EmailOptions.SendWindow"/>); it is renewed if not, and if it has
    /// lapsed the sender stops.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var claim = new OutboxClaim(db, clock, Options);
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (batch, anyDue) = await claim.TakeBatchAsync(cancellationToken);
            if (!anyDue)
            {
                break;
            }

            var failedInBatch = 0;
            foreach (var message in batch)
            {
                if (!await claim.HasTimeToSendAsync(cancellationToken))
                {
                    // The claim lapsed (the machine stalled, or a send overran): another instance may hold these rows
                    // now. Send nothing more; whatever is still ours goes back to the queue.
                    LogClaimLapsed(message.Id, message.MessageId);
                    await claim.ReleaseAsync(cancellationToken);
                    return sent;
                }

                if (await TrySendAsync(claim, message, cancellationToken))
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

    private async Task<bool> TrySendAsync(OutboxClaim claim, OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        message.Attempts++;
        message.LastAttemptAt = now;
        bool delivered;
        // The whole send is bounded on the app's clock, so it ends inside the claim that HasTimeToSendAsync checked.
        using var sendTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(Options.Smtp.TimeoutSeconds), clock);
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, sendTimeout.Token);
        try
        {
            await transport.SendAsync(factory.Create(message), sending.Token);
            message.Status = OutboxStatus.Sent;
            message.SentAt = clock.GetUtcNow();
            message.LastError = null;
            delivered = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.LastError = sendTimeout.IsCancellationRequested
                ? string.Create(CultureInfo.InvariantCulture, $"The send did not finish within Email:Smtp:TimeoutSeconds ({Options.Smtp.TimeoutSeconds} seconds)")
                : Truncate($"{ex.GetType().Name}: {ex.Message}", 2000);
            if (message.Attempts >= Options.MaxAttempts)
            {
                message.Status = OutboxStatus.Failed;
            }
            else
            {
                message.NextAttemptAt = now + Options.RetryDelay(message.Attempts);
            }

            delivered = false;
        }

        if (!await claim.RecordAsync(message))
        {
            if (await claim.StillHoldsAsync(message.Id))
            {
                // Someone changed the row while we were sending (a QA lead cannot retry it while we hold it): theirs stands.
                LogChangedWhileSending(message.Id, message.MessageId);
            }
            else
            {
                // Our claim lapsed and another instance took the row: its state is not ours to overwrite.
                LogClaimLost(message.Id, message.MessageId, delivered);
            }

            return delivered;
        }

        LogOutcome(message, delivered);
        return delivered;
    }

    private void LogOutcome(OutboxMessage message, bool delivered)
    {
        if (delivered)
        {
            LogSent(message.Id, message.Kind, message.Attempts);
        }
        else if (message.Status == OutboxStatus.Failed)
        {
            LogFailed(message.Id, message.Kind, message.Attempts, message.LastError ?? string.Empty);
        }
        else
        {
            LogWillRetry(message.Id, message.Kind, message.Attempts, message.NextAttemptAt, message.LastError ?? string.Empty);
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent email {MessageId} ({Kind}) on attempt {Attempts}")]
    private partial void LogSent(Guid messageId, string kind, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId} ({Kind}) failed on attempt {Attempts}; next attempt at {NextAttemptAt}: {Error}")]
    private partial void LogWillRetry(Guid messageId, string kind, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {MessageId} ({Kind}) failed after {Attempts} attempts and will not be retried automatically: {Error}")]
    private partial void LogFailed(Guid messageId, string kind, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the claim on email {MessageId} (outbox row {OutboxId}) before its outcome was saved (delivered: {Delivered}); the instance now holding it decides its state")]
    private partial void LogClaimLost(Guid outboxId, string messageId, bool delivered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The claim on this sender's batch lapsed before email {MessageId} (outbox row {OutboxId}) was sent; it is left for the next claim")]
    private partial void LogClaimLapsed(Guid outboxId, string messageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} (outbox row {OutboxId}) was changed while it was being sent; the change stands")]
    private partial void LogChangedWhileSending(Guid outboxId, string messageId);
}
