using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Deadlines;
using Audit.Workflows.ImmediateResponses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Audit.Tests.Workflows.ImmediateResponses;

public sealed class ImmediateResponseEscalationTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10am UK time (GMT).
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private AuditAppFactory app = default!;
    private AuditScenario scenario = default!;

    public async ValueTask InitializeAsync()
    {
        app = new AuditAppFactory { Clock = clock };
        scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<ImmediateResponse> RaiseAsync() =>
        (await app.InScopeAsync(sp => sp.GetRequiredService<ImmediateResponseService>()
            .RaiseAsync(new RaiseImmediateResponseCommand(scenario.AuditId, "Risk of harm", "Visit today"), scenario.Auditor.Id))).Value!;

    private Task SweepAsync() => app.InScopeAsync(sp => sp.GetRequiredService<DeadlineSweep>().RunAsync());

    private Task<List<string>> OverdueRecipientsAsync() =>
        app.DbAsync(db => db.OutboxMessages.Where(m => m.Kind == DeadlineEmails.OverdueKind).Select(m => m.ToAddress).ToListAsync());

    [Fact]
    public async Task Unacknowledged_ByTheEndOfTheNextWorkingDay_IsEscalatedToTheAssistantDirector()
    {
        await RaiseAsync();

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 23, 30, 0, TimeSpan.Zero)); // Tuesday evening: still in time
        await SweepAsync();
        Assert.Empty(await OverdueRecipientsAsync());

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 0, 5, 0, TimeSpan.Zero)); // just after midnight ending Tuesday
        await SweepAsync();
        await SweepAsync();

        var recipients = await OverdueRecipientsAsync();
        Assert.Equal(2, recipients.Count(r => r == scenario.AssistantDirector.Email)); // once for each unacknowledged person
        Assert.Contains(scenario.TeamManager.Email, recipients);
        Assert.Contains(scenario.ServiceManager.Email, recipients);
    }

    [Fact]
    public async Task RaisedOnAFriday_IsDueByTheEndOfMonday()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 15, 0, 0, TimeSpan.Zero)); // Friday 11 December
        var raised = await RaiseAsync();

        var dueAt = await app.DbAsync(db => db.Deadlines.Where(d => d.ImmediateResponseId == raised.Id).Select(d => d.DueAt).FirstAsync());

        Assert.Equal(new DateTimeOffset(2026, 12, 15, 0, 0, 0, TimeSpan.Zero), dueAt); // midnight at the end of Monday 14th
    }

    [Fact]
    public async Task Acknowledged_InTime_IsNotEscalatedForThatPerson()
    {
        var raised = await RaiseAsync();
        await app.InScopeAsync(sp => sp.GetRequiredService<ImmediateResponseService>()
            .AcknowledgeAsync(new AcknowledgeCommand(raised.Id, "Visited; safety plan agreed"), scenario.TeamManager.Id));

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero));
        await SweepAsync();

        var recipients = await OverdueRecipientsAsync();
        Assert.DoesNotContain(scenario.TeamManager.Email, recipients);
        Assert.Contains(scenario.ServiceManager.Email, recipients);
        Assert.Single(recipients, r => r == scenario.AssistantDirector.Email);
    }
}
