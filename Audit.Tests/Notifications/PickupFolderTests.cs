using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using static Audit.Tests.Notifications.OutboxSteps;

namespace Audit.Tests.Notifications;

/// <summary>With no SMTP host, email is written to the pickup folder as .eml files.</summary>
public sealed class PickupFolderTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new() { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)) };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task SendDue_WithoutAnSmtpHost_WritesAnEmlFileThatMimeKitCanRead()
    {
        var queued = await TestData.AnEmail().WithSubject("Audit AUD-0007 is due on 30 November 2026")
            .WithBodies("Audit AUD-0007 is due on 30 November 2026.\n", "<p>Audit AUD-0007 is due on <strong>30 November 2026</strong>.</p>")
            .EnqueueAsync(app);

        Assert.Equal(1, await SendDueAsync(app));

        var file = Assert.Single(Directory.GetFiles(app.PickupFolder));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Audit AUD-0007 is due on 30 November 2026", message.Subject);
        Assert.Equal(queued.MessageId, message.MessageId);
        Assert.Equal("Audit AUD-0007 is due on 30 November 2026.", message.TextBody?.Trim());
        Assert.Contains("<strong>30 November 2026</strong>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, (await RowAsync(app, queued.Id)).Status);
    }

    [Fact]
    public async Task SendDue_WithALongHtmlLine_WritesNoLineLongerThanTheRfcLimit()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 40).Select(i => $"<p style=\"color: #0b0c0c;\">Paragraph {i} of a long email about audit AUD-0001.</p>"));
        var queued = await TestData.AnEmail().WithBodies("Audit AUD-0001.\n", paragraphs).EnqueueAsync(app);

        await SendDueAsync(app);

        var file = Assert.Single(Directory.GetFiles(app.PickupFolder));
        Assert.All(await File.ReadAllLinesAsync(file), line => Assert.True(line.Length <= 998, $"A line of {line.Length} characters"));
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(paragraphs, message.HtmlBody);
        Assert.Equal(queued.MessageId, message.MessageId);
    }

    [Fact]
    public async Task SendDue_SameMessageSentTwice_LeavesOneFile()
    {
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        await SendDueAsync(app);
        // As if the process stopped after writing the file but before marking the row sent.
        await app.DbAsync(db => db.OutboxMessages.Where(m => m.Id == queued.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.SentAt, (DateTimeOffset?)null)));

        Assert.Equal(1, await SendDueAsync(app));

        var file = Assert.Single(Directory.GetFiles(app.PickupFolder));
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(queued.MessageId, message.MessageId);
    }
}
