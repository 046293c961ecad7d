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
        Assert.True(await EventuallyAsync(() => app.DbAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == queued.Id && m.Status == OutboxStatus.Sent))),
            "The job delivered the email but did not mark it sent");
    }

    /// <summary>Polls a condition for up to 10 seconds.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }
}
