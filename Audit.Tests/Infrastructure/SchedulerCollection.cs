namespace Audit.Tests.Infrastructure;

/// <summary>
/// Tests that switch on the real Quartz scheduler. Quartz keeps schedulers in a process-wide registry by name, so two
/// test apps with the scheduler on at the same moment would share one; this collection runs them one at a time.
/// (In production there is one app per process.)
/// </summary>
[CollectionDefinition(Name)]
public sealed class SchedulerCollection
{
    public const string Name = "Quartz scheduler";
}
