using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Deadlines;

public sealed class WorkingDaysTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Add_OverChristmas_SkipsWeekendsAndPublishedBankHolidays()
    {
        // Thursday 24 December 2026: Christmas Day (Fri), Boxing Day substitute (Mon 28) and New Year's Day (Fri 1 Jan) are holidays.
        var due = await WorkingDaysAsync(w => w.AddAsync(new DateOnly(2026, 12, 24), 5));

        Assert.Equal(new DateOnly(2027, 1, 5), due);
    }

    [Fact]
    public async Task Subtract_OverChristmas_SkipsWeekendsAndPublishedBankHolidays()
    {
        var remindOn = await WorkingDaysAsync(w => w.SubtractAsync(new DateOnly(2027, 1, 5), 5));

        Assert.Equal(new DateOnly(2026, 12, 24), remindOn);
    }

    [Fact]
    public async Task Add_SkipsADateAQaLeadAdded()
    {
        await AddHolidayAsync(new DateOnly(2026, 12, 30), "Council closure day");

        var due = await WorkingDaysAsync(w => w.AddAsync(new DateOnly(2026, 12, 24), 5));

        Assert.Equal(new DateOnly(2027, 1, 6), due);
    }

    [Fact]
    public async Task Subtract_SkipsADateAQaLeadAdded()
    {
        await AddHolidayAsync(new DateOnly(2026, 12, 30), "Council closure day");

        var remindOn = await WorkingDaysAsync(w => w.SubtractAsync(new DateOnly(2027, 1, 6), 5));

        Assert.Equal(new DateOnly(2026, 12, 24), remindOn);
    }

    [Fact]
    public async Task Add_FromASaturday_StartsCountingFromMonday()
    {
        var due = await WorkingDaysAsync(w => w.AddAsync(new DateOnly(2026, 11, 21), 1));

        Assert.Equal(new DateOnly(2026, 11, 24), due);
    }

    [Theory]
    [InlineData("2026-12-24", "2026-12-25T00:00:00Z")] // GMT: midnight UK is midnight UTC
    [InlineData("2026-07-01", "2026-07-01T23:00:00Z")] // BST: midnight UK is 11pm UTC
    [InlineData("2026-03-28", "2026-03-29T00:00:00Z")] // the day before the clocks go forward ends in GMT
    [InlineData("2026-03-29", "2026-03-29T23:00:00Z")] // the day the clocks go forward ends in BST
    [InlineData("2026-10-24", "2026-10-24T23:00:00Z")] // the day before the clocks go back ends in BST
    [InlineData("2026-10-25", "2026-10-26T00:00:00Z")] // the day the clocks go back ends in GMT
    public void EndOfUkDay_IsMidnightUkTime_InSummerAndWinter(string date, string expectedUtc)
    {
        var end = WorkingDays.EndOfUkDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), end);
    }

    [Theory]
    [InlineData("2026-12-01", "2026-12-01T08:00:00Z")]
    [InlineData("2026-06-01", "2026-06-01T07:00:00Z")]
    public void UkInstant_At8am_AllowsForBritishSummerTime(string date, string expectedUtc)
    {
        var instant = WorkingDays.UkInstant(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(8, 0));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    private Task<DateOnly> WorkingDaysAsync(Func<WorkingDays, Task<DateOnly>> action) =>
        app.InScopeAsync(sp => action(sp.GetRequiredService<WorkingDays>()));

    private async Task AddHolidayAsync(DateOnly date, string name)
    {
        var qaLead = await TestData.AQaLead().CreateAsync(app);
        var result = await app.InScopeAsync(sp => sp.GetRequiredService<BankHolidayService>()
            .AddAsync(new AddBankHolidayCommand(DateInput.From(date), name), qaLead.Id));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Value)));
    }
}
