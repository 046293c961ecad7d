using System.Globalization;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;

namespace Audit.Workflows.Imports;

/// <summary>A row of the case list that passed every check, ready to add or update.</summary>
public sealed record CaseListEntry(int Row, string Reference, CaseType CaseType, int TeamId, string PractitionerId, DateOnly? StartDate, AgeBand? AgeBand, bool IsClosed);

/// <summary>What the import knows of the organisation, loaded once per file.</summary>
public sealed record CaseListLookups(
    CaseReferenceFormat ReferenceFormat,
    IReadOnlyDictionary<string, int> TeamsByName,
    IReadOnlyDictionary<string, (string Id, int? TeamId)> PractitionersByEmailOrStaffNumber,
    DateOnly Today);

/// <summary>
/// The checks on one row of the case system's export, each problem worded for the person fixing the file and
/// named by its column. Values a person typed are repeated only where they cannot be a child's name.
/// </summary>
public static class CaseListRow
{
    public const string Reference = "case_reference";
    public const string Type = "case_type";
    public const string Team = "team";
    public const string Worker = "worker";
    public const string StartDate = "start_date";
    public const string AgeBandColumn = "age_band";
    public const string Status = "status";

    public static IReadOnlyList<string> RequiredColumns { get; } = [Reference, Type, Team, Worker];

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static CaseListEntry? Check(CsvRow row, CaseListLookups lookups, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(string column, string message) => problems.Add(new ImportProblem(row.Number, column, message));

        var reference = row[Reference];
        if (reference is null)
        {
            Problem(Reference, "case_reference is empty");
        }
        else if (reference.Length > Limits.CaseReference)
        {
            Problem(Reference, $"case_reference must be {Limits.CaseReference} characters or fewer");
        }
        else if (!lookups.ReferenceFormat.Accepts(reference))
        {
            Problem(Reference, $"case_reference does not match the case management system's format ({lookups.ReferenceFormat.Pattern}): it may be a child's name");
        }

        var caseType = ParseCaseType(row[Type]);
        if (row[Type] is null)
        {
            Problem(Type, "case_type is empty");
        }
        else if (caseType is null)
        {
            Problem(Type, $"case type '{row[Type]}' is not one of {string.Join(", ", Enum.GetValues<CaseType>().Select(t => t.Display()))}");
        }

        int? teamId = null;
        if (row[Team] is not { } teamName)
        {
            Problem(Team, "team is empty");
        }
        else if (lookups.TeamsByName.TryGetValue(teamName, out var id))
        {
            teamId = id;
        }
        else
        {
            Problem(Team, $"team '{teamName}' does not exist");
        }

        string? practitionerId = null;
        if (row[Worker] is not { } worker)
        {
            Problem(Worker, "worker is empty");
        }
        else if (!lookups.PractitionersByEmailOrStaffNumber.TryGetValue(worker, out var practitioner))
        {
            Problem(Worker, $"worker '{worker}' is not an active practitioner in Audit");
        }
        else if (teamId is not null && practitioner.TeamId != teamId)
        {
            Problem(Worker, $"worker '{worker}' is not in team '{row[Team]}'");
        }
        else
        {
            practitionerId = practitioner.Id;
        }

        DateOnly? startDate = null;
        if (row[StartDate] is { } startText)
        {
            if (!DateOnly.TryParseExact(startText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || !startText.All(char.IsAscii))
            {
                Problem(StartDate, $"start date '{startText}' is not a real date: use dd/mm/yyyy or yyyy-mm-dd");
            }
            else if (parsed.Year < 1990 || parsed > lookups.Today)
            {
                Problem(StartDate, $"start date '{startText}' must be between 1 January 1990 and today");
            }
            else
            {
                startDate = parsed;
            }
        }

        AgeBand? ageBand = null;
        if (row[AgeBandColumn] is { } bandText)
        {
            ageBand = ParseAgeBand(bandText);
            if (ageBand is null)
            {
                Problem(AgeBandColumn, $"age band '{bandText}' is not one of {string.Join(", ", Enum.GetValues<AgeBand>().Select(b => b.Display()))}");
            }
        }

        var isClosed = false;
        if (row[Status] is { } status)
        {
            switch (Key(status))
            {
                case "open":
                    break;
                case "closed":
                    isClosed = true;
                    break;
                default:
                    Problem(Status, $"status '{status}' must be open or closed");
                    break;
            }
        }

        return problems.Count > before
            ? null
            : new CaseListEntry(row.Number, reference!, caseType!.Value, teamId!.Value, practitionerId!, startDate, ageBand, isClosed);
    }

    /// <summary>"Child in need", "child-in-need", "CHILD_IN_NEED" and "ChildInNeed" are the same type.</summary>
    public static CaseType? ParseCaseType(string? text) =>
        text is null ? null : Enum.GetValues<CaseType>().Cast<CaseType?>().FirstOrDefault(t => Key(t!.Value.ToString()) == Key(text) || Key(t.Value.Display()) == Key(text));

    public static AgeBand? ParseAgeBand(string text) =>
        Enum.GetValues<AgeBand>().Cast<AgeBand?>().FirstOrDefault(b => Key(b!.Value.ToString()) == Key(text) || Key(b.Value.Display()) == Key(text));

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
