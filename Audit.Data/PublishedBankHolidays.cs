namespace Audit.Data;

/// <summary>
/// Bank holidays in England and Wales for 2024–2027 as published by the UK government, including substitute days.
/// Shipped with the schema so working days are right in every environment; the QA lead can add more dates.
/// </summary>
public static class PublishedBankHolidays
{
    public static IReadOnlyList<(DateOnly Date, string Name)> EnglandAndWales { get; } =
    [
        (new(2024, 1, 1), "New Year's Day"),
        (new(2024, 3, 29), "Good Friday"),
        (new(2024, 4, 1), "Easter Monday"),
        (new(2024, 5, 6), "Early May bank holiday"),
        (new(2024, 5, 27), "Spring bank holiday"),
        (new(2024, 8, 26), "Summer bank holiday"),
        (new(2024, 12, 25), "Christmas Day"),
        (new(2024, 12, 26), "Boxing Day"),
        (new(2025, 1, 1), "New Year's Day"),
        (new(2025, 4, 18), "Good Friday"),
        (new(2025, 4, 21), "Easter Monday"),
        (new(2025, 5, 5), "Early May bank holiday"),
        (new(2025, 5, 26), "Spring bank holiday"),
        (new(2025, 8, 25), "Summer bank holiday"),
        (new(2025, 12, 25), "Christmas Day"),
        (new(2025, 12, 26), "Boxing Day"),
        (new(2026, 1, 1), "New Year's Day"),
        (new(2026, 4, 3), "Good Friday"),
        (new(2026, 4, 6), "Easter Monday"),
        (new(2026, 5, 4), "Early May bank holiday"),
        (new(2026, 5, 25), "Spring bank holiday"),
        (new(2026, 8, 31), "Summer bank holiday"),
        (new(2026, 12, 25), "Christmas Day"),
        (new(2026, 12, 28), "Boxing Day (substitute day)"),
        (new(2027, 1, 1), "New Year's Day"),
        (new(2027, 3, 26), "Good Friday"),
        (new(2027, 3, 29), "Easter Monday"),
        (new(2027, 5, 3), "Early May bank holiday"),
        (new(2027, 5, 31), "Spring bank holiday"),
        (new(2027, 8, 30), "Summer bank holiday"),
        (new(2027, 12, 27), "Christmas Day (substitute day)"),
        (new(2027, 12, 28), "Boxing Day (substitute day)"),
    ];
}
