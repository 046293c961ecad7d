using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Settings;

/// <summary>
/// The settings row and the bank holidays are cached across commands (issue 12); a QA lead's edit is seen by the very
/// next command.
/// </summary>
public sealed class WorkflowPolicyCacheTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task QaLeadEditsTheSettings_TheNextCommandUsesTheNewPeriod()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        // Commands so far have read (and cached) the settings as they were.
        var current = await app.InScopeAsync(sp => sp.GetRequiredService<WorkflowSettingsService>().GetAsync());
        Assert.NotEqual(8, current.ReturnedAuditWorkingDays);

        var edited = await app.InScopeAsync(sp => sp.GetRequiredService<WorkflowSettingsService>().UpdateAsync(Edit(current, returnedAuditWorkingDays: 8), scenario.QaLead.Id));
        Assert.True(edited.Succeeded, string.Join("; ", edited.Errors.Select(e => e.Value)));
        await scenario.ModerateAsync(Audit.Workflows.Moderation.ModerationOutcome.ReturnToAuditor);

        var expected = await app.InScopeAsync(sp => sp.GetRequiredService<WorkingDays>().AddAsync(UkTime.Today(TimeProvider.System), 8));
        var deadline = await app.DbAsync(db => db.Deadlines.SingleAsync(d => d.CaseAuditId == scenario.AuditId && d.Kind == DeadlineKind.AuditDue && d.CompletedAt == null));
        Assert.Equal(WorkingDays.EndOfUkDay(expected), deadline.DueAt);
    }

    [Fact]
    public async Task QaLeadAddsABankHoliday_TheNextWorkingDaysSkipIt()
    {
        var qaLead = await TestData.AQaLead().CreateAsync(app);
        var friday = new DateOnly(2026, 11, 20);
        Assert.Equal(new DateOnly(2026, 11, 23), await NextWorkingDayAfterAsync(friday));

        var added = await app.InScopeAsync(sp => sp.GetRequiredService<BankHolidayService>()
            .AddAsync(new AddBankHolidayCommand(DateInput.From(new DateOnly(2026, 11, 23)), "Council closure day"), qaLead.Id));
        Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.Value)));

        Assert.Equal(new DateOnly(2026, 11, 24), await NextWorkingDayAfterAsync(friday));
    }

    [Fact]
    public async Task QaLeadRemovesABankHoliday_TheNextWorkingDaysCountIt()
    {
        var qaLead = await TestData.AQaLead().CreateAsync(app);
        var monday = new DateOnly(2026, 11, 23);
        var added = await app.InScopeAsync(sp => sp.GetRequiredService<BankHolidayService>()
            .AddAsync(new AddBankHolidayCommand(DateInput.From(monday), "Council closure day"), qaLead.Id));
        Assert.True(added.Succeeded);
        Assert.Equal(new DateOnly(2026, 11, 24), await NextWorkingDayAfterAsync(new DateOnly(2026, 11, 20)));

        var removed = await app.InScopeAsync(sp => sp.GetRequiredService<BankHolidayService>().RemoveAsync(monday, qaLead.Id));
        Assert.True(removed.Succeeded);

        Assert.Equal(monday, await NextWorkingDayAfterAsync(new DateOnly(2026, 11, 20)));
    }

    private Task<DateOnly> NextWorkingDayAfterAsync(DateOnly date) =>
        app.InScopeAsync(sp => sp.GetRequiredService<WorkingDays>().AddAsync(date, 1));

    private static UpdateWorkflowSettingsCommand Edit(WorkflowSettings s, int returnedAuditWorkingDays) => new(
        s.Version,
        Text(s.InadequateModerationWorkingDays),
        Text(s.GoodOrOutstandingModerationWorkingDays),
        Text(s.RequiresImprovementModerationWorkingDays),
        Text(s.RequiresImprovementSamplePercent),
        Text(s.ReflectiveConversationWorkingDays),
        Text(s.DefaultAuditWorkingDays),
        Text(s.ReminderLeadWorkingDays),
        s.EscalateToQaLead,
        Text(returnedAuditWorkingDays),
        new[]
        {
            s.AssistantDirectorForOutstanding ? Grade.Outstanding : (Grade?)null,
            s.AssistantDirectorForGood ? Grade.Good : null,
            s.AssistantDirectorForRequiresImprovement ? Grade.RequiresImprovement : null,
            s.AssistantDirectorForInadequate ? Grade.Inadequate : null,
        }.OfType<Grade>().ToList(),
        s.CaseReferencePattern);

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
