using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Audit.Tests.Web.Account;

/// <summary>The cookie handler reads the app's TimeProvider, so a fake clock shows the idle timeout for real.</summary>
public sealed class SessionTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    public SessionTests() => app.Clock = clock;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Session_After31MinutesWithoutActivity_IsSignedOut()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);

        clock.Advance(TimeSpan.FromMinutes(31));
        var page = await client.GetPageAsync("/");

        Assert.Equal("Sign in to Audit", page.H1());
    }

    [Fact]
    public async Task Session_WithActivityEvery20Minutes_StaysSignedIn()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);

        clock.Advance(TimeSpan.FromMinutes(20));
        var first = await client.GetPageAsync("/");
        clock.Advance(TimeSpan.FromMinutes(20));
        var second = await client.GetPageAsync("/");

        Assert.Equal("My work", first.H1());
        Assert.Equal("My work", second.H1());
    }
}
