using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// A real SMTP server for email tests: MailDev from the repository's npm packages, on free loopback ports, read
/// back through its REST API. Each instance is its own server, so tests can run in parallel and can stop and start
/// the server to test outages.
/// </summary>
public sealed class MailDevServer : IAsyncDisposable
{
    private static readonly string MailDevScript = Path.Combine(RepositoryPaths.Root, "node_modules", "maildev", "dist", "bin", "maildev.js");
    private readonly HttpClient http = new();
    private Process? process;

    public MailDevServer()
    {
        SmtpPort = FreePort();
        WebPort = FreePort();
        // MailDev 3 serves its REST API under /api.
        http.BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/api/");
    }

    public int SmtpPort { get; }
    public int WebPort { get; }

    public static bool IsInstalled => File.Exists(MailDevScript);

    public async Task StartAsync()
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException($"MailDev is not installed at {MailDevScript}: run 'npm ci' in the repository root.");
        }

        process = Process.Start(new ProcessStartInfo("node", [MailDevScript, "--smtp", SmtpPort.ToString(CultureInfo), "--web", WebPort.ToString(CultureInfo), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Could not start MailDev");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Ready when both the web API and the SMTP port answer.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"MailDev exited with code {process.ExitCode}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, SmtpPort);
                var response = await http.GetAsync(new Uri("email", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is SocketException or HttpRequestException)
            {
                await Task.Delay(Eventually.Interval);
            }
        }

        throw new TimeoutException("MailDev did not start within 30 seconds");
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async Task<IReadOnlyList<ReceivedEmail>> AllAsync() =>
        await http.GetFromJsonAsync<List<ReceivedEmail>>(new Uri("email", UriKind.Relative)) ?? [];

    /// <summary>Waits (up to 10 seconds) for the number of messages to reach <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForAsync(int count = 1, string? to = null)
    {
        return await Eventually.ReadAsync<IReadOnlyList<ReceivedEmail>>(
            async () => (await AllAsync()).Where(m => to is null || m.To.Any(t => string.Equals(t.Address, to, StringComparison.OrdinalIgnoreCase))).ToList(),
            found => found.Count >= count,
            TimeSpan.FromSeconds(10));
    }

    /// <summary>The raw message as received (headers and MIME body).</summary>
    public Task<string> SourceAsync(string id) => http.GetStringAsync(new Uri($"email/{id}/source", UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        http.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static readonly System.Globalization.CultureInfo CultureInfo = System.Globalization.CultureInfo.InvariantCulture;
}

public sealed class ReceivedEmail
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
    [JsonPropertyName("subject")] public string Subject { get; set; } = string.Empty;
    [JsonPropertyName("time")] public DateTimeOffset Time { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("html")] public string? Html { get; set; }
    [JsonPropertyName("messageId")] public string? MessageId { get; set; }
    [JsonPropertyName("from")] public List<ReceivedAddress> From { get; set; } = [];
    [JsonPropertyName("to")] public List<ReceivedAddress> To { get; set; } = [];
    [JsonPropertyName("priority")] public string? Priority { get; set; }
    [JsonPropertyName("headers")] public Dictionary<string, System.Text.Json.JsonElement> Headers { get; set; } = [];

    /// <summary>The Message-Id header without its angle brackets (MailDev's list carries the raw headers).</summary>
    public string? MessageIdHeader => Headers.FirstOrDefault(h => string.Equals(h.Key, "message-id", StringComparison.OrdinalIgnoreCase)).Value is
        { ValueKind: System.Text.Json.JsonValueKind.String } value ? value.GetString()?.Trim().Trim('<', '>') : null;
}

public sealed class ReceivedAddress
{
    [JsonPropertyName("address")] public string Address { get; set; } = string.Empty;
    [JsonPropertyName("name")] public string? Name { get; set; }
}
