namespace Audit.Data.Models;

/// <summary>A bank holiday in England and Wales: not a working day.</summary>
public class BankHoliday
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
    /// <summary>Null for the published list shipped with Audit; the QA lead's id for dates they added.</summary>
    public string? AddedById { get; set; }
}
