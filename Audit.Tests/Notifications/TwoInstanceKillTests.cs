using System.Globalization;
using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Deadlines;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Notifications;

/// <summary>
/// Two real application processes on one PostgreSQL database, sending through one real SMTP server (MailDev), with
/// one of them killed in the middle of sending: what issue 12 and ADR 7 promise a council running several instances.
/// </summary>
/// <remarks>
/// Each instance sends with its own From address, so every message MailDev holds says which instance delivered it.
/// The bound on duplicates is ADR 7's: an instance sends one message at a time and marks it sent in the save that
/// follows the SMTP server's acceptance, so a process killed at any moment leaves at most one message accepted but
/// not marked — the one it was handing to the server. Its claim lapses (Email:ClaimSeconds) and the survivor sends
/// it again with the same Message-Id (at-least-once, for that one message only). Every other message the killed
/// instance had claimed but not sent is sent once by the survivor, and nothing the survivor claims is sent twice.
/// So the test allows at most one Message-Id received twice: the last message the killed instance delivered, received
/// once more from the survivor. Any other repeat, or a third copy, fails it.
/// </remarks>
[Trait("Category", "Postgres")]
public sealed class TwoInstanceKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Longer than a whole send (3 seconds, after which it is abandoned) plus the default 10-second save margin, as
    // start-up requires; the sender renews its claim before a send it could not cover (ADR 7). With 6-second claims
    // and only a per-step 3-second margin, a slow send once outlasted its claim and the other instance sent it too.
    private const int ClaimSeconds = 20;
    private const int SmtpTimeoutSeconds = 3;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    private readonly MailDevServer mail = new();
    private readonly List<AuditWebProcess> instances = [];
    private AuditAppFactory? app;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await mail.DisposeAsync();
    }

    [Fact]
    public async Task AnInstanceKilledMidBatch_LeavesEveryMessageDelivered_OnlyTheOneItWasHandingToSmtpPossiblyTwice()
    {
        const int count = 400;
        var db = await SharedDatabaseAsync();
        var (killed, survivor) = await StartTwoInstancesAsync();
        var queued = await EnqueueAsync(db, count);

        var atKill = await Eventually.ReadAsync(mail.AllAsync, received => From(received, killed) >= 15 || received.Count >= count, Bound);
        await killed.KillAsync();
        Assert.True(From(atKill, killed) >= 15, $"{killed.Name} had delivered only {From(atKill, killed)} messages before the wait ran out.\n{killed.Output}");
        Assert.True(atKill.Count < count, $"Every message was delivered before {killed.Name} could be killed mid-send: queue more than {count}.");

        var unsent = await Eventually.ReadAsync(() => db.DbAsync(d => d.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Sent)), left => left == 0, Bound);
        Assert.True(unsent == 0, $"{unsent} messages were still not sent {Bound.TotalMinutes} minutes after the kill.\n{survivor.Output}");
        var received = await Eventually.ReadAsync(mail.AllAsync, all => Distinct(all) >= count, TimeSpan.FromSeconds(30));

        var byMessageId = received.GroupBy(MessageId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(queued.Order(StringComparer.Ordinal), byMessageId.Keys.Order(StringComparer.Ordinal));
        var repeated = byMessageId.Where(g => g.Value.Count > 1).ToList();
        Assert.True(repeated.Count <= 1, $"{repeated.Count} messages were delivered more than once: {string.Join(", ", repeated.Select(r => r.Key))}");
        foreach (var (messageId, copies) in repeated)
        {
            // The one the killed instance handed to SMTP as it died: once by it, once more by the survivor.
            Assert.True(copies.Count == 2, $"{messageId} was delivered {copies.Count} times");
            Assert.Equal(new[] { killed.Name, survivor.Name }.Order(StringComparer.Ordinal), copies.Select(c => SentBy(c) ?? "?").Order(StringComparer.Ordinal));
            var lastFromKilled = received.Where(m => SentBy(m) == killed.Name).MaxBy(m => m.Time)!;
            Assert.True(MessageId(lastFromKilled) == messageId, $"{messageId} came twice but was not the last message {killed.Name} delivered before it died");
        }

        output.WriteLine($"At the kill {killed.Name} had delivered {From(atKill, killed)} and {survivor.Name} {From(atKill, survivor)} of {count}; "
            + $"in the end {killed.Name} {From(received, killed)}, {survivor.Name} {From(received, survivor)}, delivered twice: {repeated.Count}.");
        Assert.True(From(received, survivor) > 0, $"{survivor.Name} delivered nothing");
        Assert.Equal(count, await db.DbAsync(d => d.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent)));
    }

    [Fact]
    public async Task TwoInstancesSweepingTheSameDeadlines_SendEveryReminderExactlyOnce()
    {
        var db = await SharedDatabaseAsync();
        for (var i = 0; i < 8; i++)
        {
            await AuditScenario.CreateAsync(db);
        }

        // Every audit's own deadline has its reminder due now; anything else waits far in the future.
        var now = DateTimeOffset.UtcNow;
        var owners = await db.DbAsync(async d =>
        {
            await d.Deadlines.ExecuteUpdateAsync(set => set.SetProperty(x => x.RemindAt, now.AddDays(30)).SetProperty(x => x.DueAt, now.AddDays(31)));
            await d.Deadlines.Where(x => x.Kind == DeadlineKind.AuditDue && x.OwnerId != null && x.CompletedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(x => x.RemindAt, now.AddMinutes(-1)).SetProperty(x => x.DueAt, now.AddDays(7)));
            return await d.Deadlines.Where(x => x.Kind == DeadlineKind.AuditDue && x.CompletedAt == null)
                .Select(x => d.Users.Single(u => u.Id == x.OwnerId).Email!).ToListAsync();
        });
        Assert.Equal(8, owners.Count);

        // Both sweep as they start (and every minute after).
        var (first, second) = await StartTwoInstancesAsync();
        var reminded = await Eventually.ReadAsync(mail.AllAsync, all => all.Count(IsReminder) >= owners.Count, Bound);
        await Task.Delay(TimeSpan.FromSeconds(ClaimSeconds));
        var received = (await mail.AllAsync()).Where(IsReminder).ToList();

        foreach (var instance in new[] { first, second })
        {
            output.WriteLine($"{instance.Name}: {string.Join("; ", instance.Output.Split('\n').Where(l => l.Contains("Deadline", StringComparison.Ordinal)).Select(l => l.Trim()))}");
        }

        Assert.True(reminded.Count(IsReminder) >= owners.Count, $"Only {reminded.Count(IsReminder)} of {owners.Count} reminders arrived.\n{first.Output}\n{second.Output}");
        Assert.Equal(owners.Order(StringComparer.OrdinalIgnoreCase), received.Select(m => m.To.Single().Address).Order(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(owners.Count, received.Select(MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(owners.Count, await db.DbAsync(d => d.OutboxMessages.CountAsync(m => m.Kind == DeadlineEmails.ReminderKind)));
        Assert.Equal(0, await db.DbAsync(d => d.Deadlines.CountAsync(x => x.Kind == DeadlineKind.AuditDue && x.ReminderSentAt == null)));
    }

    /// <summary>An empty PostgreSQL database with Audit's migrations applied, by an in-process app whose scheduler is off.</summary>
    private async Task<AuditAppFactory> SharedDatabaseAsync()
    {
        PostgresTestDatabase.RequireServer();
        await mail.StartAsync();
        app = AuditAppFactory.On(DatabaseProvider.PostgreSQL);
        _ = app.Services;
        return app;
    }

    /// <summary>Two instances on the shared database, started together and both ready (bounded).</summary>
    private async Task<(AuditWebProcess First, AuditWebProcess Second)> StartTwoInstancesAsync()
    {
        var first = Start("node-a");
        var second = Start("node-b");
        await Task.WhenAll(first.WaitUntilReadyAsync(Bound), second.WaitUntilReadyAsync(Bound));
        return (first, second);
    }

    private AuditWebProcess Start(string name)
    {
        var instance = AuditWebProcess.Start(name, new Dictionary<string, string>
        {
            [DataServiceCollectionExtensions.ProviderKey] = nameof(DatabaseProvider.PostgreSQL),
            ["ConnectionStrings:Audit"] = app!.ConnectionString,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:TlsMode"] = "None",
            // A sender starts a send only with this long left on its claim, so a live holder never loses one mid-send.
            ["Email:Smtp:TimeoutSeconds"] = SmtpTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            ["Email:ClaimSeconds"] = ClaimSeconds.ToString(CultureInfo.InvariantCulture),
            ["Email:SendIntervalSeconds"] = "1",
            ["Email:BatchSize"] = "20",
            ["Email:FromAddress"] = $"{name}@audit.localhost",
            ["Deadlines:SweepIntervalMinutes"] = "1",
        });
        instances.Add(instance);
        return instance;
    }

    /// <summary>Puts messages in the outbox in one save, as a burst of work would; returns their Message-Ids.</summary>
    private static Task<List<string>> EnqueueAsync(AuditAppFactory db, int count) => db.InScopeAsync(async sp =>
    {
        var outbox = sp.GetRequiredService<Outbox>();
        var messages = Enumerable.Range(1, count)
            .Select(i => outbox.Enqueue($"recipient{i}@council.example", null, new EmailContent("test", $"Message {i}", $"Message {i}\n", $"<p>Message {i}</p>")))
            .ToList();
        await sp.GetRequiredService<AuditDbContext>().SaveChangesAsync();
        return messages.Select(m => m.MessageId).ToList();
    });

    private static bool IsReminder(ReceivedEmail email) => email.Subject.StartsWith("Reminder:", StringComparison.Ordinal);

    private static string MessageId(ReceivedEmail email) => email.MessageIdHeader ?? string.Empty;

    private static string? SentBy(ReceivedEmail email) => email.From.FirstOrDefault()?.Address.Split('@')[0];

    private static int From(IEnumerable<ReceivedEmail> received, AuditWebProcess instance) => received.Count(m => SentBy(m) == instance.Name);

    private static int Distinct(IEnumerable<ReceivedEmail> received) => received.Select(MessageId).Distinct(StringComparer.Ordinal).Count();
}
