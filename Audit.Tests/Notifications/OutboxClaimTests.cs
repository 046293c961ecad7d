using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using static Audit.Tests.Notifications.OutboxSteps;

namespace Audit.Tests.Notifications;

/// <summary>
/// Several instances sweeping one outbox: a message is sent only by the sender holding its claim, and a sender that
/// dies mid-batch leaves its claims to lapse, after which the rest are sent once by another. Real SMTP (MailDev).
/// </summary>
public sealed class OutboxClaimTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);
    private readonly MailDevServer mail = new();
    private readonly AuditAppFactory app = new();

    public OutboxClaimTests()
    {
        app.Clock = clock;
        app.WithSmtp(mail);
    }

    public ValueTask InitializeAsync() => new(mail.StartAsync());

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await mail.DisposeAsync();
    }

    [Fact]
    public async Task AMessageClaimedByAnotherInstance_IsLeftToIt_UntilItsClaimLapses()
    {
        var mine = await TestData.AnEmail().EnqueueAsync(app);
        var theirs = await TestData.AnEmail().EnqueueAsync(app);
        var until = Start.AddSeconds(300);
        await app.DbAsync(db => db.OutboxMessages.Where(m => m.Id == theirs.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimToken, Guid.NewGuid()).SetProperty(m => m.ClaimedUntil, until)));

        Assert.Equal(1, await SendDueAsync(app));
        Assert.Equal(OutboxStatus.Pending, (await RowAsync(app, theirs.Id)).Status);

        clock.Advance(TimeSpan.FromSeconds(300));
        Assert.Equal(1, await SendDueAsync(app));

        var received = await MessageIdsAsync(2);
        Assert.Equal(new[] { mine.MessageId, theirs.MessageId }.Order(), received.Order());
        Assert.Null((await RowAsync(app, theirs.Id)).ClaimToken);
    }

    [Fact]
    public async Task TwoSendersAtOnce_SendEveryMessageExactlyOnce()
    {
        app.With("Email:BatchSize", "3");
        var queued = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            queued.Add((await TestData.AnEmail().EnqueueAsync(app)).MessageId);
        }

        var counts = await Task.WhenAll(
            Task.Run(() => SendDueAsync(app)),
            Task.Run(() => SendDueAsync(app)));

        Assert.Equal(24, counts.Sum());
        Assert.Equal(queued.Order(), (await MessageIdsAsync(24)).Order());
        Assert.Equal(24, await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent && m.Attempts == 1)));
    }

    [Fact]
    public async Task ASenderThatDiesMidBatch_LeavesTheRestClaimed_AndAnotherSendsEachOfThemOnceWhenTheClaimLapses()
    {
        var queued = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            queued.Add((await TestData.AnEmail().EnqueueAsync(app)).MessageId);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        using var death = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.InScopeAsync(async sp =>
        {
            var dying = new DyingTransport(sp.GetRequiredService<IMailTransport>(), deliveries: 2, death);
            var sender = new OutboxSender(sp.GetRequiredService<AuditDbContext>(), dying, sp.GetRequiredService<MimeMessageFactory>(), clock,
                sp.GetRequiredService<IOptions<EmailOptions>>(), NullLogger<OutboxSender>.Instance);
            return await sender.SendDueAsync(death.Token);
        }));
        Assert.Equal(2, (await mail.WaitForAsync(2)).Count);

        Assert.Equal(0, await SendDueAsync(app));
        clock.Advance(TimeSpan.FromSeconds(300));
        Assert.Equal(4, await SendDueAsync(app));

        Assert.Equal(queued.Order(), (await MessageIdsAsync(6)).Order());
    }

    private async Task<List<string>> MessageIdsAsync(int count)
    {
        var ids = new List<string>();
        foreach (var email in await mail.WaitForAsync(count))
        {
            ids.Add((await ReceivedAsync(mail, email)).MessageId ?? string.Empty);
        }

        Assert.Equal(count, (await mail.AllAsync()).Count);
        return ids;
    }

    /// <summary>Delivers a number of messages, then the process "dies": cancelled in the middle of the next send.</summary>
    private sealed class DyingTransport(IMailTransport inner, int deliveries, CancellationTokenSource death) : IMailTransport
    {
        private int delivered;

        public string Description => inner.Description;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (delivered == deliveries)
            {
                await death.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }

            await inner.SendAsync(message, cancellationToken);
            delivered++;
        }
    }
}
