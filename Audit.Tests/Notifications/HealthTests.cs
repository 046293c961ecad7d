using System.Net;
using System.Text.Json;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Notifications.OutboxSteps;

namespace Audit.Tests.Notifications;

public sealed class HealthTests : IAsyncLifetime
{
    private const string Token = "monitor-token-for-tests";

    private readonly AuditAppFactory app = new AuditAppFactory().With("Audit:MonitoringToken", Token).With("Audit:InstanceName", "node-a");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Health_WithEmailWaiting_ReportsTheDatabaseAndTheOutbox()
    {
        await TestData.AnEmail().EnqueueAsync(app);

        var (status, json) = await GetHealthAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", json.GetProperty("status").GetString());
        Assert.Equal("ok", json.GetProperty("database").GetString());
        Assert.Equal(1, json.GetProperty("outbox").GetProperty("pending").GetInt32());
        Assert.Equal(0, json.GetProperty("outbox").GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task Health_WhenAnEmailHasFailed_IsDegraded()
    {
        await using var mail = new MailDevServer();
        app.WithSmtp(mail).With("Email:MaxAttempts", "1");
        await TestData.AnEmail().EnqueueAsync(app);
        await SendDueAsync(app);

        var (status, json) = await GetHealthAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", json.GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("outbox").GetProperty("failed").GetInt32());
        Assert.Equal(0, json.GetProperty("outbox").GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Health_ForAnyone_IsTheStatusOnly()
    {
        await TestData.AnEmail().EnqueueAsync(app);

        var (status, json) = await GetHealthAsync(token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["status"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("healthy", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_WithTheWrongToken_IsTheStatusOnly()
    {
        var (_, json) = await GetHealthAsync(token: "guess");

        Assert.Equal(["status"], json.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Health_ForASignedInQaLead_GivesTheDetail()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(lead);

        var response = await client.Http.GetAsync(new Uri("/health", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("ok", document.RootElement.GetProperty("database").GetString());
        Assert.True(document.RootElement.TryGetProperty("outbox", out _));
    }

    [Fact]
    public async Task Health_NamesTheInstanceThatAnswered()
    {
        var (_, json) = await GetHealthAsync();

        Assert.Equal("node-a", json.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task Ready_IsReadyWhenMigrated_AndNotReadyWhileAMigrationIsPending()
    {
        using var client = AppClient.For(app);
        var ready = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        // As if this build were newer than the database: its last migration is not yet applied.
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")"));

        var pending = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pending.StatusCode);
        Assert.Contains("not ready", await pending.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> GetHealthAsync(string? token = Token)
    {
        using var client = AppClient.For(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health", UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Add("X-Monitoring-Token", token);
        }

        var response = await client.Http.SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }
}
