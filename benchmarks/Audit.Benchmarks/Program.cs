using BenchmarkDotNet.Running;

namespace Audit.Benchmarks;

/// <summary>
/// The benchmarks' entry point (the referenced test project brings xunit's own, which is not used):
/// <c>load-run</c> runs the bounded load run on loopback; <c>profile-transition</c> measures one transition's
/// allocations in a loop (<see cref="ProfileTransition"/>); anything else goes to BenchmarkDotNet.
/// </summary>
public static class BenchmarksEntry
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "load-run")
        {
            return await LoadRun.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "profile-transition")
        {
            return await ProfileTransition.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarksEntry).Assembly).Run(args);
        return 0;
    }
}
