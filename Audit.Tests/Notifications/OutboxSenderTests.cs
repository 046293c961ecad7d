using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Audit.Tests.Notifications.OutboxSteps;

namespace Audit.Tests.Notifications;

/// <summary>Delivery through MailKit to a real SMTP server (MailDev), including outages and retries.</summary>
public sealed class OutboxSenderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);
    private readonly MailDevServer mail = new();
    private readonly AuditAppFactory app = new();

    public OutboxSenderTests()
    {
        app.Clock = clock;
        app.WithSmtp(mail);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await mail.DisposeAsync();
    }

    [Fact]
    public async Task SendDue_DeliversTheMessageWithItsOwnMessageIdAndMarksItSent()
    {
        await mail.StartAsync();
        var queued = await TestData.AnEmail().To("jo.bloggs@council.example", "Jo Bloggs")
            .WithSubject("Audit AUD-0042 is ready for review")
            .WithBodies("Audit AUD-0042 is ready for review.\n", "<p>Audit <strong>AUD-0042</strong> is ready for review.</p>")
            .EnqueueAsync(app);

        var sent = await SendDueAsync(app);

        Assert.Equal(1, sent);
        var email = Assert.Single(await mail.WaitForAsync(1));
        Assert.Equal("Audit AUD-0042 is ready for review", email.Subject);
        Assert.Equal("jo.bloggs@council.example", Assert.Single(email.To).Address);
        var received = await ReceivedAsync(mail, email);
        Assert.Equal(queued.MessageId, received.MessageId);
        Assert.Equal("Audit AUD-0042 is ready for review.", received.TextBody?.Trim());
        Assert.Contains("<p>Audit <strong>AUD-0042</strong> is ready for review.</p>", received.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("audit@localhost", Assert.Single(received.From.Mailboxes).Address);
        var row = await RowAsync(app, queued.Id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(Start, row.SentAt);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.LastError);
    }

    [Fact]
    public async Task SendDue_WhenTheServerIsDown_KeepsTheMessagePendingUntilTheBackOffEnds()
    {
        var queued = await TestData.AnEmail().EnqueueAsync(app);

        var sent = await SendDueAsync(app);

        Assert.Equal(0, sent);
        var row = await RowAsync(app, queued.Id);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(row.LastError));
        Assert.Equal(Start.AddSeconds(60), row.NextAttemptAt);
    }

    [Fact]
    public async Task SendDue_AfterAnOutage_DeliversTheMessageExactlyOnce()
    {
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        await SendDueAsync(app);
        await mail.StartAsync();
        Assert.Equal(0, await SendDueAsync(app));

        clock.Advance(TimeSpan.FromSeconds(60));
        var sent = await SendDueAsync(app);
        var again = await SendDueAsync(app);

        Assert.Equal(1, sent);
        Assert.Equal(0, again);
        var email = Assert.Single(await mail.WaitForAsync(1));
        Assert.Single(await mail.AllAsync());
        Assert.Equal(queued.MessageId, (await ReceivedAsync(mail, email)).MessageId);
        var row = await RowAsync(app, queued.Id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task SendDue_AfterMaxAttempts_MarksTheMessageFailedWithTheLastError()
    {
        app.With("Email:MaxAttempts", "2");
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        await SendDueAsync(app);
        clock.Advance(TimeSpan.FromSeconds(60));

        await SendDueAsync(app);
        clock.Advance(TimeSpan.FromDays(1));
        await SendDueAsync(app);

        var row = await RowAsync(app, queued.Id);
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(row.LastError));
    }

    [Fact]
    public async Task Retry_OfAFailedMessage_PutsItBackInTheQueueAndTheNextSweepDeliversIt()
    {
        app.With("Email:MaxAttempts", "1");
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        await SendDueAsync(app);
        var failed = await RowAsync(app, queued.Id);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        await mail.StartAsync();

        var result = await app.InScopeAsync(sp => sp.GetRequiredService<OutboxAdministration>().RetryAsync(queued.Id, failed.Version));

        Assert.True(result.Succeeded);
        Assert.Equal(OutboxStatus.Pending, (await RowAsync(app, queued.Id)).Status);
        Assert.Equal(1, await SendDueAsync(app));
        Assert.Single(await mail.WaitForAsync(1));
        Assert.Equal(OutboxStatus.Sent, (await RowAsync(app, queued.Id)).Status);
    }

    [Fact]
    public async Task Retry_WithAnOutOfDateVersion_IsRefusedAsAConflict()
    {
        app.With("Email:MaxAttempts", "1");
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        await SendDueAsync(app);
        var failed = await RowAsync(app, queued.Id);

        var result = await app.InScopeAsync(sp => sp.GetRequiredService<OutboxAdministration>().RetryAsync(queued.Id, failed.Version - 1));

        Assert.True(result.IsConcurrencyConflict);
        Assert.Equal(OutboxStatus.Failed, (await RowAsync(app, queued.Id)).Status);
    }

    [Fact]
    public async Task SendDue_HighPriorityMessages_GoFirstAndCarryImportanceHeaders()
    {
        await mail.StartAsync();
        var routine = await TestData.AnEmail().EnqueueAsync(app);
        clock.Advance(TimeSpan.FromMinutes(1));
        var urgent = await TestData.AnEmail().HighPriority().EnqueueAsync(app);

        await SendDueAsync(app);

        var emails = await mail.WaitForAsync(2);
        Assert.Equal(2, emails.Count);
        var first = await ReceivedAsync(mail, emails[0]);
        var second = await ReceivedAsync(mail, emails[1]);
        Assert.Equal(urgent.MessageId, first.MessageId);
        Assert.Equal("high", first.Headers[MimeKit.HeaderId.Importance]);
        Assert.StartsWith("1", first.Headers[MimeKit.HeaderId.XPriority], StringComparison.Ordinal);
        Assert.Equal(routine.MessageId, second.MessageId);
        Assert.Null(second.Headers[MimeKit.HeaderId.Importance]);
    }

    [Fact]
    public async Task SendDue_MessageWithACalendarInvite_HasATextCalendarPartWithMethodRequest()
    {
        await mail.StartAsync();
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Audit//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            + "UID:moderation-aud-0042@audit.localhost\r\nDTSTAMP:20261123T090000Z\r\nDTSTART:20261130T100000Z\r\nDTEND:20261130T110000Z\r\n"
            + "SUMMARY:Moderation meeting for audit AUD-0042\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        await TestData.AnEmail().WithCalendarInvite(ics).EnqueueAsync(app);

        await SendDueAsync(app);

        var received = await ReceivedAsync(mail, Assert.Single(await mail.WaitForAsync(1)));
        var calendar = Assert.Single(received.BodyParts.OfType<MimeKit.TextPart>(), p => p.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal("REQUEST", calendar.ContentType.Parameters["method"]);
        Assert.Contains("SUMMARY:Moderation meeting for audit AUD-0042", calendar.Text, StringComparison.Ordinal);
        Assert.NotNull(received.TextBody);
    }
}
