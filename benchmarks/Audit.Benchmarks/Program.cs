using BenchmarkDotNet.Running;

namespace Audit.Benchmarks;

/// <summary>The benchmarks' entry point (the referenced test project brings xunit's own, which is not used).</summary>
public static class BenchmarksEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarksEntry).Assembly).Run(args);
}
