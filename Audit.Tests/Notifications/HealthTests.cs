using System.Net;
using System.Text.Json;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using static Audit.Tests.Notifications.OutboxSteps;

namespace Audit.Tests.Notifications;

public sealed class HealthTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

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

    private async Task<(HttpStatusCode Status, JsonElement Json)> GetHealthAsync()
    {
        using var client = AppClient.For(app);
        var response = await client.Http.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }
}
