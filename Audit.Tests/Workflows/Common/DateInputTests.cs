using Audit.Web.Infrastructure;
using Audit.Workflows.Common;

namespace Audit.Tests.Workflows.Common;

/// <summary>The one date input and the one time input: ASCII digits only, sensible years, GOV.UK messages, never a throw.</summary>
public sealed class DateInputTests
{
    private static readonly DateOnly Latest = new(2028, 12, 2);

    private static string? ErrorFor(string day, string month, string year, DateOnly? earliest = null, DateOnly? latest = null) =>
        new DateInput { Day = day, Month = month, Year = year }.Parse("Enter the date", "the due date", earliest, latest).Error;

    [Theory]
    [InlineData("1", "1", "0000", "Year must be between 1900 and 2200")]
    [InlineData("31", "12", "9999", "Year must be between 1900 and 2200")]
    [InlineData("١", "١", "٢٠٢٧", "Enter a real date")]
    [InlineData("1", "1", "２０２７", "Enter a real date")]
    [InlineData("1", "1", "+202", "Enter a real date")]
    [InlineData("99999999999", "1", "2027", "Enter a real date")]
    [InlineData("29", "2", "2027", "Enter a real date")]
    public void Parse_AHostileDate_GivesAGovUkMessage(string day, string month, string year, string message) =>
        Assert.Equal(message, ErrorFor(day, month, year));

    [Fact]
    public void Parse_ABankHolidayOutsideItsYears_SaysWhichYears()
    {
        Assert.Equal("Year must be between 2000 and 2100", ErrorFor("1", "1", "0000", DateBounds.EarliestBankHoliday, DateBounds.LatestBankHoliday));
        Assert.Equal("Year must be between 2000 and 2100", ErrorFor("25", "12", "2101", DateBounds.EarliestBankHoliday, DateBounds.LatestBankHoliday));
        Assert.Null(ErrorFor("25", "12", "2100", DateBounds.EarliestBankHoliday, DateBounds.LatestBankHoliday));
    }

    [Fact]
    public void Parse_ADueDateTooFarAhead_SaysTheLatestDate()
    {
        Assert.Equal("The due date must be the same as or before 2 December 2028", ErrorFor("3", "12", "2028", latest: Latest));
        Assert.Null(ErrorFor("2", "12", "2028", latest: Latest));
    }

    [Theory]
    [InlineData("١٢:٣٠")]
    [InlineData("١٢:30")]
    [InlineData("12:٣٠")]
    [InlineData("１２:３０")]
    [InlineData("12:30\u0000")]
    [InlineData("99999999999999999999:30")]
    public void TimeInput_WithOtherScriptsOrHostileText_IsNotATime(string text) => Assert.Null(TimeInput.Parse(text));

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData("2:30pm", 14, 30)]
    [InlineData("9am", 9, 0)]
    public void TimeInput_WithAsciiDigits_IsRead(string text, int hour, int minute) => Assert.Equal(new TimeOnly(hour, minute), TimeInput.Parse(text));
}
