using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Conversations;
using Audit.Workflows.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Audit.Tests.Workflows.Deadlines.DeadlineSteps;

namespace Audit.Tests.Workflows.Conversations;

/// <summary>Everyone invited is reminded the working day before the conversation; a reminder is never escalated.</summary>
public sealed class ConversationReminderTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();
    private readonly FakeTimeProvider clock = new(MondayMorning);

    public ConversationReminderTests() => app.Clock = clock;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task EveryoneInvited_IsRemindedAt8amTheWorkingDayBefore_AndTheReminderIsNeverEscalated()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        // Monday 2 November 2026: the conversation is on Monday 9 November, so the reminder is on Friday 6 November.
        await scenario.Expect(scenario.SendAsync(v => new ScheduleConversationCommand(scenario.AuditId, v, new DateOnly(2026, 11, 9),
            new TimeOnly(10, 0), new TimeOnly(11, 0), "Room 4"), scenario.ServiceManager));

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 6, 7, 59, 0, TimeSpan.Zero));
        await SweepAsync(app);
        Assert.Empty(await RecipientsAsync(app, "conversation-reminder"));

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 6, 8, 0, 0, TimeSpan.Zero));
        await SweepAsync(app);
        Assert.Equal(Sorted(scenario.Practitioner, scenario.TeamManager, scenario.ServiceManager),
            (await RecipientsAsync(app, "conversation-reminder")).Order(StringComparer.Ordinal).ToList());

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 9, 12, 0, 0, TimeSpan.Zero));
        await SweepAsync(app);
        Assert.Equal(3, (await RecipientsAsync(app, "conversation-reminder")).Count);
        Assert.Empty(await RecipientsAsync(app, DeadlineEmails.OverdueKind));
        Assert.False(await app.DbAsync(db => db.Deadlines.AnyAsync(d => d.Kind == DeadlineKind.ConversationReminder && d.CompletedAt == null)));
    }

    [Fact]
    public async Task Schedule_AfterThePolicysWorkingDays_IsRefused_SoTheConversationStaysWithinThem()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        var due = DeadlineEmails.DueDateOf(await DeadlineAsync(scenario, DeadlineKind.ConversationDue));
        var after = due.AddDays(due.DayOfWeek == DayOfWeek.Friday ? 3 : 1);

        var result = await scenario.SendAsync(v => new ScheduleConversationCommand(scenario.AuditId, v, after, new TimeOnly(10, 0), new TimeOnly(11, 0), "Room 4"),
            scenario.ServiceManager);

        Assert.StartsWith($"Choose a date on or before {due:d MMMM yyyy}", Assert.Single(result.Errors).Value, StringComparison.Ordinal);
    }
}
