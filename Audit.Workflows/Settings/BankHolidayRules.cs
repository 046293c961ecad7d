namespace Audit.Workflows.Settings;

/// <summary>
/// England and Wales bank holidays worked out from their usual rules, for years the published list does not cover
/// yet: New Year's Day, Good Friday and Easter Monday, the early May, spring and summer bank holidays, Christmas Day
/// and Boxing Day, with a substitute weekday when a fixed-date holiday falls at a weekend. One-off changes (a moved
/// May holiday, a coronation) are not rules; they come from the published list or a QA lead.
/// </summary>
public static class BankHolidayRules
{
    public const int FirstYear = 1900;
    public const int LastYear = 2999;

    public static IReadOnlyList<(DateOnly Date, string Name)> EnglandAndWales(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);

        var easter = EasterSunday(year);
        var holidays = new List<(DateOnly, string)>
        {
            NewYear(year),
            (easter.AddDays(-2), "Good Friday"),
            (easter.AddDays(1), "Easter Monday"),
            (FirstMonday(year, 5), "Early May bank holiday"),
            (LastMonday(year, 5), "Spring bank holiday"),
            (LastMonday(year, 8), "Summer bank holiday"),
        };
        holidays.AddRange(Christmas(year));
        return holidays;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static (DateOnly, string) NewYear(int year)
    {
        var date = new DateOnly(year, 1, 1);
        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => (date.AddDays(2), "New Year's Day (substitute day)"),
            DayOfWeek.Sunday => (date.AddDays(1), "New Year's Day (substitute day)"),
            _ => (date, "New Year's Day"),
        };
    }

    /// <summary>
    /// Christmas Day and Boxing Day, each moved to the next weekday not already a holiday when it falls at a weekend:
    /// a Saturday Christmas gives Monday 27 and Tuesday 28; a Sunday Christmas keeps Boxing Day on Monday 26 and
    /// moves Christmas to Tuesday 27; a Friday Christmas moves Boxing Day to Monday 28.
    /// </summary>
    private static IEnumerable<(DateOnly, string)> Christmas(int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        var boxing = new DateOnly(year, 12, 26);
        return christmas.DayOfWeek switch
        {
            DayOfWeek.Friday => [(christmas, "Christmas Day"), (boxing.AddDays(2), "Boxing Day (substitute day)")],
            DayOfWeek.Saturday => [(christmas.AddDays(2), "Christmas Day (substitute day)"), (boxing.AddDays(2), "Boxing Day (substitute day)")],
            DayOfWeek.Sunday => [(boxing, "Boxing Day"), (christmas.AddDays(2), "Christmas Day (substitute day)")],
            _ => [(christmas, "Christmas Day"), (boxing, "Boxing Day")],
        };
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        return date.AddDays(((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return date.AddDays(-(((int)date.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
