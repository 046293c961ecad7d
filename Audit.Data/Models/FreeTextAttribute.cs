namespace Audit.Data.Models;

/// <summary>
/// Text that people type about a child, a family or a practitioner's practice. The retention rule removes it once
/// an audit has been closed for the configured number of years, keeping grades, dates and who did what for reports.
/// Every entity with such a property must be covered by the retention rule (a test checks).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FreeTextAttribute : Attribute;
