using Quartz;

namespace Audit.Workflows.Notifications;

/// <summary>The recurring Quartz job that sweeps the outbox. Never two at once.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxSenderJob(OutboxSender sender) : IJob
{
    public static readonly JobKey Key = new("outbox-sender");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sender.SendDueAsync(cancellationToken);
}
