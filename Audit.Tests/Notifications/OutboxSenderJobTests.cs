using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Notifications;

[Collection(SchedulerCollection.Name)]
public sealed class OutboxSenderJobTests
{
    [Fact]
    public async Task Scheduler_WhenEnabled_SendsQueuedEmailWithoutBeingAsked()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        await using var app = new AuditAppFactory()
            .With(WorkflowsServiceCollectionExtensions.SchedulerEnabledKey, "true")
            .With("Email:SendIntervalSeconds", "1")
            .WithSmtp(mail);
        var queued = await TestData.AnEmail().EnqueueAsync(app);

        var received = await mail.WaitForAsync(1);

        Assert.Single(received);
        Assert.True(await Eventually.TrueAsync(() => app.DbAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == queued.Id && m.Status == OutboxStatus.Sent)), TimeSpan.FromSeconds(10)),
            "The job delivered the email but did not mark it sent");
    }
}
