using System.Globalization;
using System.Text.Json;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Settings;

/// <summary>
/// Imports the government's published bank holidays file (https://www.gov.uk/bank-holidays.json), England and Wales
/// division. Imported dates join the published list: a year they cover then follows that list, one-off changes
/// included, instead of the usual rules. Every problem in the file is reported at once and nothing is imported
/// unless the whole file is good.
/// </summary>
public sealed class BankHolidayImport(AuditDbContext db)
{
    /// <summary>The real file is about 20 KB.</summary>
    public const int MaxBytes = 1024 * 1024;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    private const string Division = "england-and-wales";

    /// <summary>The form field problems with the file are reported against.</summary>
    public const string FileField = "File";

    public async Task<CommandResult<BankHolidayImportSummary>> ImportAsync(Stream file, long length, string actorId, CancellationToken cancellationToken = default)
    {
        if (!await WorkflowSettingsService.IsQaLeadAsync(db, actorId, cancellationToken))
        {
            return CommandResult<BankHolidayImportSummary>.Failure(string.Empty, "Only a QA lead can change bank holidays");
        }

        if (length == 0)
        {
            return Refused("The selected file is empty");
        }

        if (length > MaxBytes)
        {
            return Refused("The selected file must be smaller than 1 MB");
        }

        var (events, problems) = await ReadAsync(file, cancellationToken);
        if (problems.Count > 0)
        {
            var result = new CommandResult();
            foreach (var problem in problems)
            {
                result.AddError(FileField, problem);
            }

            return CommandResult<BankHolidayImportSummary>.Failure(result);
        }

        var known = await db.BankHolidays.Select(h => h.Date).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var (date, title) in events.DistinctBy(e => e.Date).Where(e => !known.Contains(e.Date)))
        {
            db.BankHolidays.Add(new BankHoliday { Date = date, Name = title });
            added++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another QA lead added or imported one of these dates a moment ago.
            db.ChangeTracker.Clear();
            return Refused("Bank holidays were changed by someone else — try the import again");
        }

        var years = events.Select(e => e.Date.Year).Distinct().Order().ToList();
        return CommandResult<BankHolidayImportSummary>.Success(new BankHolidayImportSummary(added, events.Count - added, years));
    }

    private static async Task<(List<(DateOnly Date, string Title)> Events, List<string> Problems)> ReadAsync(Stream file, CancellationToken cancellationToken)
    {
        var events = new List<(DateOnly, string)>();
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(file, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            problems.Add("The selected file must be the bank holidays JSON file from GOV.UK");
            return (events, problems);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(Division, out var division)
                || division.ValueKind != JsonValueKind.Object
                || !division.TryGetProperty("events", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add("The selected file has no England and Wales bank holidays: it must be the bank holidays JSON file from GOV.UK");
                return (events, problems);
            }

            var number = 0;
            foreach (var item in list.EnumerateArray())
            {
                number++;
                if (Event(item, number, problems) is { } holiday)
                {
                    events.Add(holiday);
                }
            }

            if (number == 0 && problems.Count == 0)
            {
                problems.Add("The selected file lists no England and Wales bank holidays");
            }
        }

        return (events, problems);
    }

    private static (DateOnly, string)? Event(JsonElement item, int number, List<string> problems)
    {
        var text = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var title = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()?.Trim() : null;
        var before = problems.Count;
        // ParseExact with the invariant culture reads only ASCII digits.
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add($"Holiday {number}: the date must be a real date written as yyyy-mm-dd");
        }
        else if (date.Year is < FirstYear or > LastYear)
        {
            problems.Add($"Holiday {number}: year must be between {FirstYear} and {LastYear}");
        }
        else if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            problems.Add($"Holiday {number}: {date:yyyy-MM-dd} is a weekend day, never a bank holiday");
        }

        if (string.IsNullOrEmpty(title))
        {
            problems.Add($"Holiday {number}: the holiday has no title");
        }
        else if (title.Length > BankHolidayService.BankHolidayNameLength || ControlCharacters.Contains(title))
        {
            problems.Add($"Holiday {number}: the title must be one line of {BankHolidayService.BankHolidayNameLength} characters or fewer");
        }

        return problems.Count == before ? (date, title!) : null;
    }

    private static CommandResult<BankHolidayImportSummary> Refused(string message) =>
        CommandResult<BankHolidayImportSummary>.Failure(FileField, message);
}

/// <summary>What an import did: dates added, dates already known, and the years the file covers.</summary>
public sealed record BankHolidayImportSummary(int Added, int AlreadyKnown, IReadOnlyList<int> Years);
