using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Settings;

namespace Audit.Tests.Workflows.Settings;

public sealed class BankHolidayRulesTests
{
    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Rules_GiveExactlyThePublishedDates(int year)
    {
        var published = PublishedBankHolidays.EnglandAndWales.Where(h => h.Date.Year == year).ToList();

        var computed = BankHolidayRules.EnglandAndWales(year);

        Assert.Equal(published.Select(h => h.Date).Order(), computed.Select(h => h.Date).Order());
        Assert.Equal(published.OrderBy(h => h.Date).Select(h => h.Name), computed.OrderBy(h => h.Date).Select(h => h.Name));
    }

    [Theory]
    [InlineData(2028, 4, 16)]
    [InlineData(2029, 4, 1)]
    [InlineData(2030, 4, 21)]
    [InlineData(2038, 4, 25)] // the latest possible Easter comes round in 2038
    [InlineData(2285, 3, 22)] // and the earliest in 2285
    public void EasterSunday_IsRight(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), BankHolidayRules.EasterSunday(year));

    [Fact]
    public void Year2028_HasASubstituteForNewYearOnASaturday_AndTheUsualDates()
    {
        var dates = BankHolidayRules.EnglandAndWales(2028).Select(h => h.Date).ToList();

        Assert.Equal(
        [
            new(2028, 1, 3), new(2028, 4, 14), new(2028, 4, 17), new(2028, 5, 1), new(2028, 5, 29),
            new(2028, 8, 28), new(2028, 12, 25), new(2028, 12, 26),
        ], dates.Order());
    }

    [Theory]
    [InlineData(2022, "2022-12-26", "2022-12-27")] // Christmas on a Sunday: Boxing Day Monday, Christmas substitute Tuesday
    [InlineData(2021, "2021-12-27", "2021-12-28")] // Christmas on a Saturday: both move to Monday and Tuesday
    [InlineData(2026, "2026-12-25", "2026-12-28")] // Christmas on a Friday: Boxing Day moves to Monday
    [InlineData(2029, "2029-12-25", "2029-12-26")] // Tuesday and Wednesday: no substitute
    public void Christmas_AtAWeekend_GetsSubstituteWeekdays(int year, string first, string second)
    {
        var december = BankHolidayRules.EnglandAndWales(year).Where(h => h.Date.Month == 12).Select(h => h.Date).Order();

        Assert.Equal([DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(second, System.Globalization.CultureInfo.InvariantCulture)], december);
    }

    [Fact]
    public void EveryComputedHoliday_IsAWeekday_ForACentury()
    {
        var weekend = Enumerable.Range(2000, 101)
            .SelectMany(BankHolidayRules.EnglandAndWales)
            .Where(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .ToList();

        Assert.Empty(weekend);
    }

    [Fact]
    public void Calendar_UsesThePublishedListForAPublishedYear_AndTheRulesForAnUnpublishedOne()
    {
        // 2020's early May bank holiday moved to Friday 8 May: a published one-off change the rules cannot know.
        var rows = new[]
        {
            Published(2020, 5, 8, "Early May bank holiday (VE day)"),
            Published(2020, 12, 25, "Christmas Day"),
            new BankHoliday { Date = new DateOnly(2031, 6, 2), Name = "Council closure day", AddedById = "qa-lead" },
        };

        var calendar = new BankHolidayCalendar(rows);

        Assert.True(calendar.IsHoliday(new DateOnly(2020, 5, 8)));
        Assert.False(calendar.IsHoliday(new DateOnly(2020, 5, 4)));
        Assert.True(calendar.IsHoliday(new DateOnly(2031, 5, 5)));
        Assert.True(calendar.IsHoliday(new DateOnly(2031, 6, 2)));
        Assert.True(calendar.IsComputed(2031));
        Assert.False(calendar.IsComputed(2020));
    }

    private static BankHoliday Published(int year, int month, int day, string name) => new() { Date = new DateOnly(year, month, day), Name = name };
}
