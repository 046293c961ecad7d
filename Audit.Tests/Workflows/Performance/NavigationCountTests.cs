using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Performance;

/// <summary>
/// The "My work (n)" count in the navigation runs on every page (issue 12). It is cached per request: the count and
/// the My work list share one reading of the inbox, so the page that shows both asks the database once.
/// </summary>
public sealed class NavigationCountTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task CountThenList_InOneRequest_ReadsTheInboxOnce()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        await using var request = app.Services.CreateAsyncScope();
        var inbox = request.ServiceProvider.GetRequiredService<InboxService>();

        using var log = SqlCommandLog.Start();
        var count = await inbox.CountAsync(scenario.Moderator.Id);
        var afterCount = log.Commands.Count;
        var items = await inbox.ForAsync(scenario.Moderator.Id);
        var again = await inbox.CountAsync(scenario.Moderator.Id);

        Assert.Equal(1, count);
        Assert.Equal(count, items.Count);
        Assert.Equal(count, again);
        Assert.True(afterCount > 0);
        Assert.Equal(afterCount, log.Commands.Count);
    }
}
