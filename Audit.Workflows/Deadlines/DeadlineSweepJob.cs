using Quartz;

namespace Audit.Workflows.Deadlines;

/// <summary>
/// The recurring Quartz job that sweeps deadlines. It also runs once at start-up, so deadlines that passed while the
/// application was stopped are handled straight away. Never two at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DeadlineSweepJob(DeadlineSweep sweep) : IJob
{
    public const string IntervalMinutesKey = "Deadlines:SweepIntervalMinutes";
    public static readonly JobKey Key = new("deadline-sweep");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sweep.RunAsync(cancellationToken);
}
