using System.Globalization;
using System.Text;
using System.Text.Json;
using Audit.Data;
using Audit.Workflows.Common;
using Audit.Workflows.Reporting;
using Audit.Workflows.Reporting.Exports;

namespace Audit.Web.Infrastructure;

public static partial class CommandLine
{
    private const string ReportUsage = "Usage: report --from YYYY-MM-DD --to YYYY-MM-DD [--format text|csv|json]";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>
    /// <c>dotnet run --project Audit.Web -- report --from 2024-05-01 --to 2024-07-31 [--format text|csv|json]</c>: the
    /// period report over every audit in the configured database, for scheduled jobs. Text starts with the committee
    /// paragraph, then every table (the thematic dip samples with an audit completed in the period last, as in the Excel
    /// workbook); CSV is the counts by grade alone, as for every other table; JSON the paragraph, the counts and the
    /// dip samples. Exit code 2 on bad input.
    /// </summary>
    public static async Task<int> ReportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var problems = new List<string>();
        var from = ReportDate(args, "--from", problems);
        var to = ReportDate(args, "--to", problems);
        var format = Option(args, "--format") ?? "text";
        if (format is not ("text" or "csv" or "json"))
        {
            problems.Add("--format must be text, csv or json");
        }

        await using var scope = services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        ReportPeriod? period = null;
        if (problems.Count == 0)
        {
            var (parsed, periodErrors) = ReportPeriodInput.Parse(DateInput.From(from), DateInput.From(to), UkTime.Today(clock));
            problems.AddRange(periodErrors.Select(e => e.Message));
            period = parsed;
        }

        if (period is null || problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await errors.WriteLineAsync(problem);
            }

            await errors.WriteLineAsync(ReportUsage);
            return 2;
        }

        await scope.ServiceProvider.GetRequiredService<AuditDatabase>().MigrateAsync();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var dashboard = await scope.ServiceProvider.GetRequiredService<DashboardService>().BuildAsync(db.CaseAudits, period);
        var batches = await scope.ServiceProvider.GetRequiredService<DipSampleReports>().InPeriodAsync(db.CaseAudits, period);
        IReadOnlyList<ReportTable> tables = [.. ReportTables.All(dashboard), .. DipSampleTables.All(batches)];
        switch (format)
        {
            case "csv":
                await output.WriteAsync(Encoding.UTF8.GetString(CsvExport.Write(tables[0])).TrimStart('\uFEFF'));
                break;
            case "json":
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    From = period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    To = period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    dashboard.Report.Paragraph,
                    Kinds = dashboard.Report.Kinds.Select(k => new
                    {
                        Kind = ToolKindNames.Noun(k.Kind).Many,
                        k.Total,
                        Grades = k.Grades.Select(g => new { Grade = g.Grade.ToString(), g.Count, g.Percent }),
                        k.MetStandard,
                        k.PreviousTotal,
                    }),
                    dashboard.Report.AllocatedInMonthAfter,
                    DipSamples = batches.Select(b => new
                    {
                        b.Batch.Id,
                        b.Batch.Name,
                        b.Batch.Theme,
                        b.Batch.CycleId,
                        b.Batch.Cycle,
                        b.Batch.Audits,
                        b.Batch.Completed,
                        b.Paragraph,
                        Grades = b.Grades.Select(g => new { Grade = g.Grade.ToString(), g.Count, g.Percent }),
                    }),
                }, Json));
                break;
            default:
                foreach (var sentence in dashboard.Report.Paragraph)
                {
                    await output.WriteLineAsync(sentence);
                }

                foreach (var table in tables)
                {
                    await output.WriteLineAsync();
                    await output.WriteLineAsync(table.Title);
                    await output.WriteLineAsync(string.Join('\t', table.Columns));
                    foreach (var row in table.Rows)
                    {
                        await output.WriteLineAsync(string.Join('\t', row.Select(ReportTable.Text)));
                    }
                }

                break;
        }

        return 0;
    }

    private static DateOnly? ReportDate(string[] args, string name, List<string> problems)
    {
        var text = Option(args, name);
        if (text is null)
        {
            problems.Add($"{name} is required");
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add($"{name} must be a real date written YYYY-MM-DD, like 2024-05-01");
            return null;
        }

        return date;
    }
}
