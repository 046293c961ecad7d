using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// The real application as its own operating-system process (<c>dotnet Audit.Web.dll</c> from the build output),
/// configured through environment variables, on a free loopback port over plain HTTP, with its scheduler on. Its
/// output is kept so a failing test can show it. Killed (with any children) when disposed.
/// </summary>
public sealed class AuditWebProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> output = new();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Process process;

    private AuditWebProcess(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        Port = FreePort();
        var dll = WebDll();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}");
        start.Environment["Audit__InstanceName"] = name;
        start.Environment["Audit__RequireHttps"] = "false";
        start.Environment["Audit__SeedDemoData"] = "false";
        start.Environment["Audit__BaseUrl"] = "https://localhost";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        http.BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
    }

    /// <summary>Its <c>Audit:InstanceName</c>.</summary>
    public string Name { get; }

    public int Port { get; }

    public bool HasExited => process.HasExited;

    /// <summary>What the process wrote so far, for a failure message.</summary>
    public string Output => string.Join('\n', output);

    /// <summary>
    /// Starts an instance with these settings (configuration keys such as <c>Email:ClaimSeconds</c>) on top of the
    /// ones every instance gets: its name, the Testing environment, plain HTTP, no demo data.
    /// </summary>
    public static AuditWebProcess Start(string name, IReadOnlyDictionary<string, string> settings) => new(name, settings);

    /// <summary>Waits (bounded) until /health/ready answers 200: started, database reachable, no migration pending.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Instance {Name} exited with code {process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Instance {Name} was not ready within {timeout.TotalSeconds:0} seconds:\n{Output}");
    }

    /// <summary>Waits (bounded) for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
    }

    /// <summary>Kills the process and everything it started, at once: no shutdown, no finishing the current send.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // It had already gone.
        }

        process.Dispose();
        http.Dispose();
    }

    /// <summary>
    /// Audit.Web.dll in the web project's own build output for the configuration and framework these tests were built
    /// with (the test project references it, so it is always built first); else the copy beside the tests.
    /// </summary>
    private static string WebDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent?.Name ?? "Debug";
        var own = Path.Combine(RepositoryPaths.Root, "Audit.Web", "bin", configuration, framework, "Audit.Web.dll");
        var beside = Path.Combine(AppContext.BaseDirectory, "Audit.Web.dll");
        return File.Exists(own) ? own
            : File.Exists(beside) ? beside
            : throw new FileNotFoundException($"Audit.Web.dll is neither at {own} nor at {beside}: build the solution first.");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 400 && output.TryDequeue(out _))
        {
            // Only the last lines matter for a failure.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
