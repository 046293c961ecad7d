using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using static Audit.Tests.Notifications.OutboxSteps;

namespace Audit.Tests.Notifications;

/// <summary>
/// A send that is slow, as on a loaded machine or with a slow SMTP server, while another instance sweeps the same
/// outbox: the claim is renewed before a send it could not cover, a send that outlasts its bound is abandoned, and
/// every message reaches the server once. Real SMTP (MailDev); the app's clock stands in for the slow seconds.
/// </summary>
public sealed class OutboxSlowSendTests : IAsyncLifetime
{
    private const int ClaimSeconds = 60;
    private const int SmtpTimeoutSeconds = 10;
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);
    private readonly MailDevServer mail = new();
    private readonly CapturingLoggerProvider logs = new();
    private readonly AuditAppFactory app = new();

    public OutboxSlowSendTests()
    {
        app.Clock = clock;
        app.WithSmtp(mail).WithLogs(logs)
            .With("Email:ClaimSeconds", ClaimSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Email:Smtp:TimeoutSeconds", SmtpTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Email:ClaimSaveMarginSeconds", "10");
    }

    public ValueTask InitializeAsync() => new(mail.StartAsync());

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await mail.DisposeAsync();
    }

    [Fact]
    public async Task ASendSlowedPastItsClaim_IsAbandoned_AndTheMessageIsDeliveredOnceByTheSecondSender()
    {
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        var second = 0;

        var first = await SlowSweepAsync(TimeSpan.FromSeconds(ClaimSeconds + 1), async () => second += await SendDueAsync(app));

        Assert.Equal(0, first);
        Assert.Equal(1, second);
        var received = await mail.WaitForAsync(1);
        Assert.Equal(queued.MessageId, (await ReceivedAsync(mail, Assert.Single(received))).MessageId);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await mail.AllAsync());
        var row = await RowAsync(app, queued.Id);
        Assert.Equal((OutboxStatus.Sent, 1, (Guid?)null), (row.Status, row.Attempts, row.ClaimToken));
        var lost = Assert.Single(logs.Messages, m => m.Contains("Lost the claim", StringComparison.Ordinal));
        Assert.Contains(queued.MessageId, lost, StringComparison.Ordinal);
        Assert.Contains(queued.Id.ToString(), lost, StringComparison.Ordinal);
        Assert.DoesNotContain(queued.Subject, lost, StringComparison.Ordinal);
        Assert.DoesNotContain(queued.ToAddress, lost, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASlowBatch_RenewsItsClaimBeforeASendItCouldNotCover_SoASecondSenderAfterTheFirstClaimWouldHaveLapsedTakesNothing()
    {
        var queued = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            queued.Add((await TestData.AnEmail().EnqueueAsync(app)).MessageId);
        }

        // Each send takes 8 seconds of the 10 allowed: the 60-second claim covers six sends and their saves; the
        // seventh renews it, and the eighth ends after the first claim would have lapsed.
        var second = -1;
        var sends = 0;
        var first = await SlowSweepAsync(TimeSpan.FromSeconds(8), async () =>
        {
            if (++sends == 8)
            {
                Assert.True(clock.GetUtcNow() > Start.AddSeconds(ClaimSeconds));
                second = await SendDueAsync(app);
            }
        });

        Assert.Equal((8, 0), (first, second));
        var ids = new List<string>();
        foreach (var email in await mail.WaitForAsync(8))
        {
            ids.Add((await ReceivedAsync(mail, email)).MessageId ?? string.Empty);
        }

        Assert.Equal(queued.Order(), ids.Order());
        Assert.Equal(8, (await mail.AllAsync()).Count);
    }

    /// <summary>
    /// One sweep by a sender of its own (as on another instance) whose every send first takes <paramref name="takes"/>
    /// on the app's clock; while that send is still "in progress", <paramref name="meanwhile"/> runs.
    /// </summary>
    private Task<int> SlowSweepAsync(TimeSpan takes, Func<Task> meanwhile) => app.InScopeAsync(sp =>
    {
        var slow = new SlowTransport(sp.GetRequiredService<IMailTransport>(), clock, takes, meanwhile);
        return new OutboxSender(sp.GetRequiredService<AuditDbContext>(), slow, sp.GetRequiredService<MimeMessageFactory>(), clock,
            sp.GetRequiredService<IOptions<EmailOptions>>(), sp.GetRequiredService<ILogger<OutboxSender>>()).SendDueAsync();
    });

    /// <summary>The real SMTP transport, slowed: MailKit then sees the sender's cancellation as a real send would.</summary>
    private sealed class SlowTransport(IMailTransport inner, FakeTimeProvider clock, TimeSpan takes, Func<Task> meanwhile) : IMailTransport
    {
        public string Description => inner.Description;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            clock.Advance(takes);
            await meanwhile();
            await inner.SendAsync(message, cancellationToken);
        }
    }
}
