using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Audit.Tests.Web.Admin;

/// <summary>Its own app per test, because the test moves the app's clock.</summary>
public sealed class DeactivationSessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly AuditAppFactory app = new();

    public DeactivationSessionTests() => app.Clock = clock;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Deactivate_EndsTheSessionThePersonAlreadyHas()
    {
        var person = await TestData.AStaffMember().Named("Emily Clarke").WithRoles(Roles.Practitioner).CreateAsync(app);
        var lead = await TestData.AQaLead().CreateAsync(app);
        using var theirBrowser = AppClient.For(app);
        Assert.Equal("My work", (await theirBrowser.SignInAsync(person)).H1());
        using var leadBrowser = AppClient.For(app);
        await leadBrowser.SignInAsync(lead);
        var confirm = await leadBrowser.GetPageAsync($"/admin/staff/{person.Id}/deactivate");
        await leadBrowser.SubmitAsync(confirm, new Dictionary<string, string>());

        clock.Advance(TimeSpan.FromMinutes(2));
        var page = await theirBrowser.GetPageAsync("/");

        Assert.Equal("Sign in to Audit", page.H1());
    }
}
