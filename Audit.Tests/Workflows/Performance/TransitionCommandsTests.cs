using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Performance;

/// <summary>What one workflow transition asks of the database (issue 12): few, narrow reads and only changed columns written.</summary>
public sealed class TransitionCommandsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TakeForModeration_Commands()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        var version = await scenario.VersionAsync();
        // Warm: the first command of an app builds its model and caches.
        await using (var warm = app.Services.CreateAsyncScope())
        {
            await warm.ServiceProvider.GetRequiredService<AuditCommands>().SendAsync(new TakeForModerationCommand(scenario.AuditId, version), scenario.Moderator.Id);
            await warm.ServiceProvider.GetRequiredService<AuditCommands>().SendAsync(new ReleaseModerationCommand(scenario.AuditId, version + 1), scenario.Moderator.Id);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<AuditCommands>();
        using var log = SqlCommandLog.Start();
        var result = await commands.SendAsync(new TakeForModerationCommand(scenario.AuditId, version + 2), scenario.Moderator.Id);
        log.Dispose();
        output.WriteLine(log.ToString());
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Moderate_Commands()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        var other = await AuditScenario.CreateAsync(app);
        await other.ToStateAsync(AuditState.AwaitingModeration);
        await other.ModerateAsync(ModerationOutcome.Agree);
        var version = await scenario.VersionAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<AuditCommands>();
        using var log = SqlCommandLog.Start();
        var result = await commands.SendAsync(new ModerateCommand(scenario.AuditId, version, ModerationOutcome.Agree, null, "Checked against the evidence"), scenario.Moderator.Id);
        log.Dispose();
        output.WriteLine(log.ToString());
        Assert.True(result.Succeeded);
    }
}
