using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.DeepDive;

/// <summary>
/// A command loads only the parts of the audit it declares (<see cref="AuditParts"/>); a part it did not load is
/// never taken for empty: the actor's flags read from it, and any guard that reads it, fail loudly instead.
/// </summary>
public sealed class AuditPartsTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task ActorFlags_FromPartsTheCommandDidNotLoad_Throw()
    {
        var scenario = await AuditScenario.CreateAsync(app);

        var thrown = await InScopeAsync(async (access, _) =>
        {
            var audit = (await access.FindForCommandAsync(scenario.AuditId, null, scenario.QaLead.Id, AuditParts.None))!;
            var actor = await access.ActorAsync(scenario.QaLead.Id, audit);
            return (Assert.Throws<InvalidOperationException>(() => actor.OwnsOpenAction),
                Assert.Throws<InvalidOperationException>(() => actor.IsConversationInvitee));
        });

        Assert.Contains("AuditParts.Actions", thrown.Item1.Message, StringComparison.Ordinal);
        Assert.Contains("AuditParts.Conversations", thrown.Item2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActor_FromPartsTheCommandDidNotLoad_PrintsThemAsNotLoaded_InsteadOfThrowing()
    {
        var scenario = await AuditScenario.CreateAsync(app);

        var printed = await InScopeAsync(async (access, _) =>
        {
            var audit = (await access.FindForCommandAsync(scenario.AuditId, null, scenario.QaLead.Id, AuditParts.None))!;
            return (await access.ActorAsync(scenario.QaLead.Id, audit)).ToString();
        });

        Assert.StartsWith($"AuditActor {{ StaffId = {scenario.QaLead.Id}, Roles = [{Roles.QaLead}]", printed, StringComparison.Ordinal);
        Assert.Contains("OwnsOpenAction = not loaded, IsConversationInvitee = not loaded", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActorFlags_FromEveryPart_Answer()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.AddActionAsync(scenario.TeamManager.Id);

        var owns = await InScopeAsync(async (access, _) =>
        {
            var audit = (await access.FindForCommandAsync(scenario.AuditId, null, scenario.TeamManager.Id))!;
            var actor = await access.ActorAsync(scenario.TeamManager.Id, audit);
            return (actor.OwnsOpenAction, actor.IsConversationInvitee);
        });

        Assert.Equal((true, false), owns);
    }

    [Fact]
    public async Task AGuard_ThatReadsAPartTheCommandDidNotLoad_Throws_InsteadOfFindingItEmpty()
    {
        var scenario = await AuditScenario.CreateAsync(app);

        // The auditor's extension request: its guard reads the audit's extension requests.
        var check = () => InScopeAsync(async (access, workflows) =>
        {
            var audit = (await access.FindForCommandAsync(scenario.AuditId, null, scenario.AllocatedTo.Id, AuditParts.Actions))!;
            return (await workflows.ForAsync(audit, scenario.AllocatedTo.Id)).Check(AuditTrigger.RequestExtension).IsAllowed;
        });

        Assert.Null(await InScopeAsync(async (access, _) =>
            (await access.FindForCommandAsync(scenario.AuditId, null, scenario.AllocatedTo.Id, AuditParts.None))!.ExtensionRequests));
        // LINQ over a null collection throws (ArgumentNullException), a member read NullReferenceException: either way, no answer.
        await Assert.ThrowsAnyAsync<SystemException>(check);
    }

    [Fact]
    public async Task APart_AnEarlierCommandInTheScopeLoaded_IsKept()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.AddActionAsync(scenario.TeamManager.Id);

        var actions = await InScopeAsync(async (access, _) =>
        {
            await access.FindForCommandAsync(scenario.AuditId, null, scenario.QaLead.Id);
            var again = (await access.FindForCommandAsync(scenario.AuditId, null, scenario.QaLead.Id, AuditParts.None))!;
            return again.Actions?.Count;
        });

        Assert.Equal(1, actions);
    }

    private async Task<T> InScopeAsync<T>(Func<AuditAccess, DeepDiveWorkflows, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AuditAccess>(), scope.ServiceProvider.GetRequiredService<DeepDiveWorkflows>());
    }
}
