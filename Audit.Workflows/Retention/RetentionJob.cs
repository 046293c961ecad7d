using Quartz;

namespace Audit.Workflows.Retention;

/// <summary>Applies the retention rule on the scheduler, when a retention period is configured. Never two at once.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionRule rule) : IJob
{
    public static readonly JobKey Key = new("retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await rule.ApplyAsync(cancellationToken: cancellationToken);
}
