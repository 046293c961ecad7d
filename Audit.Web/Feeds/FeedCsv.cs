using System.Globalization;
using System.Reflection;
using Audit.Workflows.Reporting;

namespace Audit.Web.Feeds;

/// <summary>
/// A feed's rows as a <see cref="ReportTable"/> for the reports' CSV writer (CsvHelper: UTF-8 with BOM, RFC 4180,
/// formula-like text escaped). Columns are the row's properties, named and ordered as in the OData feed; values are
/// written as OData writes them: dates yyyy-mm-dd, times in UTC ISO 8601, true/false, grades and states by name.
/// </summary>
public static class FeedCsv
{
    public static ReportTable Table<T>(string id, IReadOnlyList<T> rows)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return new ReportTable(id, id, properties.Select(p => p.Name).ToList(),
            rows.Select(r => (IReadOnlyList<object>)properties.Select(p => Cell(p.GetValue(r))).ToList()).ToList());
    }

    private static object Cell(object? value) => value switch
    {
        null => string.Empty,
        int n => n,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
