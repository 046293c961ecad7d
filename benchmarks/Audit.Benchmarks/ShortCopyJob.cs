using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Audit.Benchmarks;

/// <summary>
/// In process, one launch, one warm-up and three single-call iterations, each on a fresh copy of the prepared
/// database (an [IterationSetup] restores it). The in-process time limit is raised to 30 minutes: setting up and
/// running a large import on a loaded 2-core machine passes BenchmarkDotNet's default.
/// </summary>
public sealed class ShortImportJob : ManualConfig
{
    public ShortImportJob() => AddJob(Job.Default
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
}
