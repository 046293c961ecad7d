using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using static Audit.Tests.Notifications.OutboxSteps;

namespace Audit.Tests.Notifications;

/// <summary>
/// The save that marks a message sent names the sender's claim token: a sender whose claim was taken by another
/// instance while it was sending writes nothing, and says so in the log without the message's content.
/// </summary>
public sealed class OutboxMarkSentTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);
    private readonly MailDevServer mail = new();
    private readonly CapturingLoggerProvider logs = new();
    private readonly AuditAppFactory app = new();

    public OutboxMarkSentTests()
    {
        app.Clock = clock;
        app.WithSmtp(mail).WithLogs(logs);
    }

    public ValueTask InitializeAsync() => new(mail.StartAsync());

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await mail.DisposeAsync();
    }

    [Fact]
    public async Task MarkingSent_AfterAnotherInstanceTookTheClaim_ChangesNothing_AndLogsTheLostClaimWithoutTheContent()
    {
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        var theirs = Guid.NewGuid();
        var theirUntil = Start.AddSeconds(600);

        await app.InScopeAsync(sp =>
        {
            // Another instance claims the row while this sender is handing it to the server.
            var stealing = new ClaimTakenMidSend(sp.GetRequiredService<IMailTransport>(), () => app.DbAsync(db => db.OutboxMessages
                .Where(m => m.Id == queued.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimToken, theirs).SetProperty(m => m.ClaimedUntil, theirUntil)
                    .SetProperty(m => m.Version, m => m.Version + 1))));
            return new OutboxSender(sp.GetRequiredService<AuditDbContext>(), stealing, sp.GetRequiredService<MimeMessageFactory>(), clock,
                sp.GetRequiredService<IOptions<EmailOptions>>(), sp.GetRequiredService<ILogger<OutboxSender>>()).SendDueAsync();
        });

        var row = await RowAsync(app, queued.Id);
        Assert.Equal((OutboxStatus.Pending, 0, (DateTimeOffset?)null, (DateTimeOffset?)null, theirs, theirUntil, 2),
            (row.Status, row.Attempts, row.SentAt, row.LastAttemptAt, row.ClaimToken, row.ClaimedUntil, row.Version));
        var lost = Assert.Single(logs.Messages, m => m.Contains("Lost the claim", StringComparison.Ordinal));
        Assert.Contains(queued.MessageId, lost, StringComparison.Ordinal);
        Assert.Contains(queued.Id.ToString(), lost, StringComparison.Ordinal);
        Assert.DoesNotContain(queued.Subject, lost, StringComparison.Ordinal);
        Assert.DoesNotContain(queued.ToAddress, lost, StringComparison.Ordinal);
        Assert.DoesNotContain(queued.TextBody.Trim(), lost, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_WhileTheMessageIsBeingSent_IsRefused_AndTheMessageIsDeliveredOnce()
    {
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        Audit.Workflows.Common.CommandResult? retry = null;

        await app.InScopeAsync(sp =>
        {
            // A QA lead on the delivery page presses Retry while this sender is handing the message to the server.
            var retrying = new ClaimTakenMidSend(sp.GetRequiredService<IMailTransport>(), async () =>
            {
                var seen = await RowAsync(app, queued.Id);
                retry = await app.InScopeAsync(other => other.GetRequiredService<OutboxAdministration>().RetryAsync(queued.Id, seen.Version));
            });
            return new OutboxSender(sp.GetRequiredService<AuditDbContext>(), retrying, sp.GetRequiredService<MimeMessageFactory>(), clock,
                sp.GetRequiredService<IOptions<EmailOptions>>(), sp.GetRequiredService<ILogger<OutboxSender>>()).SendDueAsync();
        });
        clock.Advance(TimeSpan.FromMinutes(30));
        var again = await SendDueAsync(app);

        Assert.NotNull(retry);
        Assert.False(retry.Succeeded);
        Assert.Equal("This email is being sent now — check again in a minute", Assert.Single(retry.Errors).Value);
        Assert.Equal(0, again);
        Assert.Equal(OutboxStatus.Sent, (await RowAsync(app, queued.Id)).Status);
        Assert.Single(await mail.WaitForAsync(1));
    }

    /// <summary>Runs <paramref name="meanwhile"/> just before the real send, as another instance would act during it.</summary>
    private sealed class ClaimTakenMidSend(IMailTransport inner, Func<Task> meanwhile) : IMailTransport
    {
        public string Description => inner.Description;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await meanwhile();
            await inner.SendAsync(message, cancellationToken);
        }
    }
}
