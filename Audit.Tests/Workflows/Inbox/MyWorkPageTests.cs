using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Audit.Tests.Workflows.Inbox;

/// <summary>The inbox as people see it: the home page and the count in the navigation.</summary>
public sealed class MyWorkPageTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Auditor_SeesTheAuditToStart_LinkedToTheAudit_WithTheCountInTheNavigation()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var client = AppClient.For(app);

        var home = await client.SignInAsync(scenario.Auditor);

        var link = home.QuerySelector("#inbox a.govuk-link");
        Assert.Equal($"Start deep-dive audit AUD-{scenario.AuditId:D6}", link?.TextContent.Trim());
        Assert.Equal($"/audits/{scenario.AuditId}", link?.GetAttribute("href"));
        Assert.Equal("My work (1)", home.QuerySelector(".govuk-service-navigation__link")?.TextContent.Trim());
        // The count follows the person to every page.
        var account = await client.GetPageAsync("/account/security");
        Assert.Equal("My work (1)", account.QuerySelector(".govuk-service-navigation__link")?.TextContent.Trim());
    }

    [Fact]
    public async Task Practitioner_SeesTheEmptyState_AndNoCount()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var client = AppClient.For(app);

        var home = await client.SignInAsync(scenario.Practitioner);

        Assert.NotNull(home.QuerySelector("#inbox-empty"));
        Assert.Contains("There is nothing waiting for you", home.Text(), StringComparison.Ordinal);
        Assert.Equal("My work", home.QuerySelector(".govuk-service-navigation__link")?.TextContent.Trim());
    }

    [Fact]
    public async Task TeamManager_SeesTheImmediateResponseFirst_WithTheRedUrgentTag_CountedInTheNavigation()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var irId = await InboxServiceTests.RaiseImmediateResponseAsync(scenario);
        await AuditScenario.CreateAsync(app, allocateTo: _ => scenario.TeamManager);
        using var client = AppClient.For(app);

        var home = await client.SignInAsync(scenario.TeamManager);

        var first = home.QuerySelector("#inbox tbody tr")!;
        Assert.Equal($"Acknowledge immediate response on audit AUD-{scenario.AuditId:D6}", first.QuerySelector("a")?.TextContent.Trim());
        Assert.Equal($"/audits/{scenario.AuditId}/immediate-responses/{irId}", first.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Urgent", first.QuerySelector(".govuk-tag--red")?.TextContent.Trim());
        Assert.Equal("My work (2)", home.QuerySelector(".govuk-service-navigation__link")?.TextContent.Trim());
    }

    [Fact]
    public async Task OverdueAudit_ShowsTheRedOverdueTag()
    {
        // Starts 60 days ago and ends at about now, so sign-in codes and cookies work on real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-60));
        app.Clock = clock;
        var scenario = await AuditScenario.CreateAsync(app);
        clock.Advance(TimeSpan.FromDays(60));
        using var client = AppClient.For(app);

        var home = await client.SignInAsync(scenario.Auditor);

        Assert.Equal("Overdue", home.QuerySelector("#inbox .govuk-tag--red")?.TextContent.Trim());
    }
}
