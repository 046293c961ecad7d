using Audit.Data.Models;

namespace Audit.Workflows.Settings;

/// <summary>
/// Which dates are bank holidays. For a year the published list covers (shipped with Audit or imported from the
/// government's file), that list is the year's holidays, one-off changes included; for a later year not yet
/// published, the holidays are worked out from <see cref="BankHolidayRules"/>. Dates a QA lead added always count.
/// </summary>
public sealed class BankHolidayCalendar
{
    private readonly HashSet<DateOnly> listed;
    private readonly HashSet<int> publishedYears;
    // Shared by every command (WorkflowPolicyCache), so the years worked out are kept thread-safely.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, HashSet<DateOnly>> computed = [];

    public BankHolidayCalendar(IEnumerable<BankHoliday> rows)
    {
        var all = rows.ToList();
        listed = all.Select(h => h.Date).ToHashSet();
        publishedYears = all.Where(h => h.AddedById is null).Select(h => h.Date.Year).ToHashSet();
    }

    public bool IsHoliday(DateOnly date) => listed.Contains(date) || Computed(date.Year).Contains(date);

    /// <summary>True when the year's holidays come from the usual rules rather than a published list.</summary>
    public bool IsComputed(int year) => !publishedYears.Contains(year);

    /// <summary>The holidays worked out from the rules for a year no published list covers (empty otherwise).</summary>
    public IReadOnlyList<(DateOnly Date, string Name)> ComputedHolidays(int year) =>
        IsComputed(year) && year is >= BankHolidayRules.FirstYear and <= BankHolidayRules.LastYear
            ? BankHolidayRules.EnglandAndWales(year)
            : [];

    private HashSet<DateOnly> Computed(int year) =>
        computed.GetOrAdd(year, y => ComputedHolidays(y).Select(h => h.Date).ToHashSet());
}
