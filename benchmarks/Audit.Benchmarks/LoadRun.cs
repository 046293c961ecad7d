using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Scale;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Audit.Benchmarks;

/// <summary>
/// A bounded load run on loopback: N concurrent users request My work as a signed-in auditor (seven open audits
/// among 7 or 5,000 in all) on the real app served by Kestrel, and the same load is put on a bare Kestrel endpoint
/// in the same process, which answers "ok" — the ceiling this machine allows. Reports requests per second, the
/// share of the bare endpoint's, p50 / p99 latency, and the process's CPU time per request. Target in issue 12: at 5,000 audits at least 5% of the bare
/// endpoint's requests per second and p99 at most 100 ms.
/// <code>dotnet run -c Release --project benchmarks/Audit.Benchmarks -- load-run [--audits 7,5000] [--users 50] [--seconds 15]</code>
/// </summary>
public static class LoadRun
{
    private const int OpenAudits = 7;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadRunOptions.Parse(args);
        if (options.Problem is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }

        // Audit.Web is deployed with server GC (the Web SDK's default: System.GC.Server in its runtimeconfig.json);
        // this project is a console app, so workstation GC, which the BenchmarkDotNet benchmarks keep. Unless
        // DOTNET_gcServer says which to use, the load run runs itself again with server GC: the app measured as deployed.
        if (!GCSettings.IsServerGC && Environment.GetEnvironmentVariable("DOTNET_gcServer") is null && Environment.ProcessPath is { } self)
        {
            var again = new ProcessStartInfo(self) { UseShellExecute = false, Environment = { ["DOTNET_gcServer"] = "1" } };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                again.ArgumentList.Add(typeof(LoadRun).Assembly.Location);
            }

            again.ArgumentList.Add("load-run");
            foreach (var arg in args)
            {
                again.ArgumentList.Add(arg);
            }

            using var child = Process.Start(again) ?? throw new InvalidOperationException("Could not start the load run with server GC.");
            await child.WaitForExitAsync();
            return child.ExitCode;
        }

        Console.WriteLine($"Load run: {options.Users} concurrent users, {options.Seconds} s measured after a {LoadRunOptions.WarmUpSeconds} s warm-up (and one unmeasured {LoadRunOptions.SettleSeconds} s pass first), on 127.0.0.1.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}; {(GCSettings.IsServerGC ? "server" : "workstation")} GC (Audit.Web itself runs with server GC).");
        Console.WriteLine("| endpoint | audits | requests/s | share of bare | p50 | p99 | CPU per request | allocated per request | GCs (gen 0 / 1 / 2) | not 200 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        var bare = await BareEndpointAsync(options);
        // One unmeasured pass first, long enough for the runtime's tiered compilation to settle (a server runs for
        // hours): without it the first size measured ran at half the rate of the same size measured a minute later.
        await MyWorkAsync(options.Audits.Min(), options with { Seconds = LoadRunOptions.SettleSeconds });
        Console.WriteLine($"| bare Kestrel endpoint | — | {bare.PerSecond:N0} | 100% | {bare.P50:N1} ms | {bare.P99:N1} ms | {bare.CpuMs:N3} ms | {bare.AllocatedKb:N1} KB | {bare.Collections} | {bare.Failures} |");
        foreach (var audits in options.Audits)
        {
            var mine = await MyWorkAsync(audits, options);
            Console.WriteLine($"| My work | {audits:N0} | {mine.PerSecond:N0} | {100.0 * mine.PerSecond / bare.PerSecond:N1}% | {mine.P50:N1} ms | {mine.P99:N1} ms | {mine.CpuMs:N3} ms | {mine.AllocatedKb:N1} KB | {mine.Collections} | {mine.Failures} |");
        }

        Console.WriteLine($"Load average after: {LoadAverage()}.");
        return 0;
    }

    private static async Task<LoadResult> BareEndpointAsync(LoadRunOptions options)
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        await using var bare = builder.Build();
        bare.MapGet("/", () => Results.Text("ok"));
        await bare.StartAsync();
        using var http = new HttpClient(Handler(options.Users, new CookieContainer())) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        return await DriveAsync(http, "/", options);
    }

    private static async Task<LoadResult> MyWorkAsync(int audits, LoadRunOptions options)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        await using var app = new AuditAppFactory()
            .With("Audit:RequireHttps", "false")
            .With("Audit:BaseUrl", baseUrl)
            .With("Logging:LogLevel:Default", "Warning")
            .With("Logging:LogLevel:Microsoft", "Warning");
        app.UseKestrel(port);
        app.StartServer();

        var scenario = await AuditScenario.CreateAsync(app);
        for (var i = 2; i <= OpenAudits; i++)
        {
            var allocated = await scenario.AllocateAsync(await scenario.AddCaseAsync($"LCS-LOAD-{i:D3}"), scenario.Auditor.Id);
            if (!allocated.Succeeded)
            {
                throw new InvalidOperationException("Could not allocate a load-run audit.");
            }
        }

        if (audits > OpenAudits)
        {
            await app.InScopeAsync(async sp =>
            {
                var result = await sp.GetRequiredService<SyntheticAuditGenerator>().GenerateAsync(audits - OpenAudits);
                return result.Succeeded ? result.Added : throw new InvalidOperationException(result.Problem);
            });
        }

        using var http = new HttpClient(Handler(options.Users, new CookieContainer())) { BaseAddress = new Uri(baseUrl) };
        var client = new AppClient(http);
        var home = await client.SignInAsync(scenario.Auditor);
        if (!home.Title!.Contains("My work", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in did not reach My work: '{home.Title}'.");
        }

        return await DriveAsync(http, "/", options);
    }

    /// <summary>Users in a closed loop (each sends its next request when the last is answered) for the warm-up, then the measured window.</summary>
    private static async Task<LoadResult> DriveAsync(HttpClient http, string path, LoadRunOptions options)
    {
        await LoopAsync(http, path, options.Users, TimeSpan.FromSeconds(LoadRunOptions.WarmUpSeconds));
        return await LoopAsync(http, path, options.Users, TimeSpan.FromSeconds(options.Seconds));
    }

    private static async Task<LoadResult> LoopAsync(HttpClient http, string path, int users, TimeSpan window)
    {
        // The process's CPU time (server and the load's own client, on every core) per request answered: on a machine
        // shared with other work, requests per second fall with the time the cores are given, this much less so.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var collectionsBefore = Collections();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, users).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var failures = 0;
            while (clock.Elapsed < window)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                failures += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }

            return (latencies, failures);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var allocatedKb = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0;
        var collections = Collections().Zip(collectionsBefore, (after, before) => after - before).ToArray();
        var all = results.SelectMany(r => r.latencies).Order().ToList();
        return new LoadResult(all.Count / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), all.Count == 0 ? double.NaN : cpu / all.Count,
            all.Count == 0 ? double.NaN : allocatedKb / all.Count, $"{collections[0]:N0} / {collections[1]:N0} / {collections[2]:N0}", results.Sum(r => r.failures));
    }

    /// <summary>Garbage collections of generations 0, 1 and 2 so far (a generation-1 collection also counts as a generation-0 one).</summary>
    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static SocketsHttpHandler Handler(int users, CookieContainer cookies) =>
        new() { CookieContainer = cookies, MaxConnectionsPerServer = users, AllowAutoRedirect = true, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed record LoadResult(double PerSecond, double P50, double P99, double CpuMs, double AllocatedKb, string Collections, int Failures);
}

/// <summary>The load run's arguments, each bounded so a run stays short and on loopback.</summary>
public sealed record LoadRunOptions(IReadOnlyList<int> Audits, int Users, int Seconds, string? Problem)
{
    public const int WarmUpSeconds = 3;

    /// <summary>The unmeasured pass before the first measured one.</summary>
    public const int SettleSeconds = 30;

    public static LoadRunOptions Parse(string[] args)
    {
        var audits = new List<int> { 7, 5_000 };
        int users = 50, seconds = 15;
        var problems = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--audits":
                    audits = [];
                    foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 7 and <= 200_000)
                        {
                            audits.Add(n);
                        }
                        else
                        {
                            problems.Add($"--audits: '{part}' is not a whole number from 7 to 200,000");
                        }
                    }

                    i++;
                    break;
                case "--users":
                    users = Bounded(value, 1, 500, "--users", problems, users);
                    i++;
                    break;
                case "--seconds":
                    seconds = Bounded(value, 1, 120, "--seconds", problems, seconds);
                    i++;
                    break;
                default:
                    problems.Add($"Unknown option '{args[i]}' (use --audits 7,5000 --users 50 --seconds 15)");
                    break;
            }
        }

        if (audits.Count == 0 && problems.Count == 0)
        {
            problems.Add("--audits needs at least one size");
        }

        return new(audits, users, seconds, problems.Count == 0 ? null : string.Join(Environment.NewLine, problems));
    }

    private static int Bounded(string? value, int min, int max, string name, List<string> problems, int fallback)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        problems.Add($"{name} must be a whole number from {min} to {max}");
        return fallback;
    }
}
