using Audit.Data;
using System.Diagnostics;
using Audit.Tests.Infrastructure;

namespace Audit.Benchmarks;

/// <summary>
/// <c>profile-transition [operations] [Sqlite|PostgreSQL]</c>: runs <see cref="TransitionBenchmarks"/>' take and release through the
/// workflow, and the bare EF Core commit, each <c>operations</c> times (default 200) after 20 warm-ups, on SQLite (or
/// on PostgreSQL, on the server AUDIT_TEST_POSTGRES names), and
/// prints the bytes allocated, the time and the process's CPU time per operation — steadier than BenchmarkDotNet's short job on a shared
/// machine, and a loop to attach <c>dotnet-trace</c> to (docs/performance.md, "Workflow transitions").
/// Allocation counts include what the app's background services allocate meanwhile (a little per millisecond).
/// </summary>
public static class ProfileTransition
{
    public static async Task<int> RunAsync(string[] args)
    {
        var operations = 200;
        var provider = DatabaseProvider.Sqlite;
        var understood = args.Length <= 2;
        foreach (var arg in args)
        {
            if (Enum.TryParse<DatabaseProvider>(arg, ignoreCase: true, out var named) && Enum.IsDefined(named) && !int.TryParse(arg, out _))
            {
                provider = named;
            }
            else if (!(int.TryParse(arg, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out operations)
                && operations is >= 1 and <= 100_000))
            {
                understood = false;
            }
        }

        if (!understood || (provider == DatabaseProvider.PostgreSQL
                && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresTestDatabase.ServerVariable))))
        {
            await Console.Error.WriteLineAsync("profile-transition takes a number of operations, from 1 to 100,000 (default 200), and "
                + $"optionally Sqlite (default) or PostgreSQL (with {PostgresTestDatabase.ServerVariable} naming a server)");
            return 2;
        }

        var benchmarks = new TransitionBenchmarks { Provider = provider };
        benchmarks.Setup();
        try
        {
            await MeasureAsync("through AuditCommands", benchmarks.ThroughTheWorkflow, operations);
            await MeasureAsync("bare EF Core", benchmarks.BareEfCore, operations);
            return 0;
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static async Task MeasureAsync(string name, Func<Task> operation, int operations)
    {
        for (var i = 0; i < 20; i++)
        {
            await operation();
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < operations; i++)
        {
            await operation();
        }

        watch.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / operations;
        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / operations;
        Console.WriteLine($"{name}: {bytes / 1024.0:F1} KB and {watch.Elapsed.TotalMilliseconds / operations:F2} ms per operation, {cpuMs:F2} ms of the process's CPU ({operations} operations)");
    }
}
