using System.Globalization;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Tools;

namespace Audit.Workflows.Imports;

/// <summary>A row of the historic audits file that passed every check, ready to add or update.</summary>
public sealed record HistoricAuditEntry(
    int Row,
    string Reference,
    int? TeamId,
    CaseType CaseType,
    HistoricTool Tool,
    string? AuditorId,
    string? AuditorName,
    DateOnly CompletedOn,
    Grade AuditorGrade,
    Grade? ModeratedGrade,
    bool? FeedbackObtained,
    IReadOnlyList<int> ThemeIds,
    string? ExternalId)
{
    /// <summary>Without an external id, the same case, completion date and tool is the same audit.</summary>
    public (string Reference, DateOnly CompletedOn, int? ToolId) Identity => (Reference, CompletedOn, Tool.Id);
}

/// <summary>The tool an imported audit used, and the scale its grades must be on: null ids when the default deep dive tool is not set up in Audit.</summary>
public sealed record HistoricTool(int? Id, int? VersionId, ToolKind Kind, GradeScale Scale = GradeScale.Ofsted);

/// <summary>What the import knows of the organisation, loaded once per file.</summary>
public sealed record HistoricAuditLookups(
    CaseReferenceFormat ReferenceFormat,
    IReadOnlyDictionary<string, int> ServiceAreasByName,
    IReadOnlyDictionary<string, (int Id, int ServiceAreaId)> TeamsByName,
    IReadOnlyDictionary<string, HistoricTool> ToolsByName,
    IReadOnlyDictionary<string, string> StaffByEmail,
    IReadOnlyDictionary<string, int> ThemesByName,
    IReadOnlyDictionary<string, int> CaseServiceAreas,
    DateOnly Today);

/// <summary>
/// The checks on one row of the historic audits file, each problem worded for the person fixing the file and named
/// by its column. A theme that is not a learning theme in Audit refuses the row (themes are never created by an
/// import, so a typing mistake cannot add a theme to every report).
/// </summary>
public static class HistoricAuditRow
{
    public const string Reference = "case_reference";
    public const string ServiceArea = "service_area";
    public const string Team = "team";
    public const string Tool = "tool";
    public const string Auditor = "auditor";
    public const string CompletedOn = "completed_on";
    public const string AuditorGradeColumn = "auditor_grade";
    public const string ModeratedGradeColumn = "moderated_grade";
    public const string FeedbackColumn = "family_feedback_obtained";
    public const string Themes = "themes";
    public const string ExternalId = "external_id";
    public const string CaseTypeColumn = "case_type";
    public const string DefaultTool = "Deep dive case audit";
    public const int MaxExternalId = 100;
    public const int MaxAuditorName = 200;

    public static IReadOnlyList<string> RequiredColumns { get; } = [Reference, ServiceArea, CompletedOn, AuditorGradeColumn];

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public static HistoricAuditEntry? Check(CsvRow row, HistoricAuditLookups lookups, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(string column, string message) => problems.Add(new ImportProblem(row.Number, column, message));

        var reference = row[Reference];
        int? caseServiceArea = null;
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
        else if (lookups.CaseServiceAreas.TryGetValue(reference, out var areaOfCase))
        {
            caseServiceArea = areaOfCase;
        }

        int? serviceAreaId = null;
        if (row[ServiceArea] is not { } areaName)
        {
            Problem(ServiceArea, "service_area is empty");
        }
        else if (!lookups.ServiceAreasByName.TryGetValue(areaName, out var areaId))
        {
            Problem(ServiceArea, $"service area '{areaName}' does not exist");
        }
        else if (caseServiceArea is not null && caseServiceArea != areaId)
        {
            Problem(ServiceArea, $"case {reference} is not in service area '{areaName}' in Audit");
        }
        else
        {
            serviceAreaId = areaId;
        }

        int? teamId = null;
        if (row[Team] is { } teamName)
        {
            if (!lookups.TeamsByName.TryGetValue(teamName, out var team))
            {
                Problem(Team, $"team '{teamName}' does not exist");
            }
            else if (serviceAreaId is not null && team.ServiceAreaId != serviceAreaId)
            {
                Problem(Team, $"team '{teamName}' is not in service area '{row[ServiceArea]}'");
            }
            else
            {
                teamId = team.Id;
            }
        }
        else if (reference is not null && caseServiceArea is null && serviceAreaId is not null)
        {
            Problem(Team, $"team is empty: case {reference} is not in Audit yet, so name its team");
        }

        var caseType = CaseType.ChildInNeed;
        if (row[CaseTypeColumn] is { } typeText)
        {
            if (CaseListRow.ParseCaseType(typeText) is { } parsedType)
            {
                caseType = parsedType;
            }
            else
            {
                Problem(CaseTypeColumn, $"case type '{typeText}' is not one of {string.Join(", ", Enum.GetValues<CaseType>().Select(t => t.Display()))}");
            }
        }

        var toolName = row[Tool] ?? DefaultTool;
        if (!lookups.ToolsByName.TryGetValue(toolName, out var tool))
        {
            if (row[Tool] is null || string.Equals(toolName, DefaultTool, StringComparison.OrdinalIgnoreCase))
            {
                tool = new HistoricTool(null, null, ToolKind.DeepDive);
            }
            else
            {
                Problem(Tool, $"tool '{toolName}' does not exist");
            }
        }

        string? auditorId = null;
        string? auditorName = null;
        if (row[Auditor] is { } auditor)
        {
            if (auditor.Contains('@', StringComparison.Ordinal))
            {
                if (!lookups.StaffByEmail.TryGetValue(auditor, out var staffId))
                {
                    Problem(Auditor, $"auditor '{auditor}' is not a member of staff in Audit: give the email they use in Audit, or their name");
                }

                auditorId = staffId;
            }
            else if (auditor.Length > MaxAuditorName)
            {
                Problem(Auditor, $"auditor must be {MaxAuditorName} characters or fewer");
            }
            else
            {
                auditorName = auditor;
            }
        }

        DateOnly? completedOn = null;
        if (row[CompletedOn] is not { } dateText)
        {
            Problem(CompletedOn, "completed_on is empty");
        }
        else if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || !dateText.All(char.IsAscii))
        {
            Problem(CompletedOn, $"completed date '{dateText}' is not a real date: use dd/mm/yyyy or yyyy-mm-dd");
        }
        else if (parsed < Earliest || parsed > lookups.Today)
        {
            Problem(CompletedOn, $"completed date '{dateText}' must be between 1 January 2000 and today");
        }
        else
        {
            completedOn = parsed;
        }

        var auditorGrade = row[AuditorGradeColumn] is null ? null : CheckGrade(AuditorGradeColumn, "auditor grade");
        if (row[AuditorGradeColumn] is null)
        {
            Problem(AuditorGradeColumn, "auditor_grade is empty");
        }

        var moderatedGrade = row[ModeratedGradeColumn] is null ? null : CheckGrade(ModeratedGradeColumn, "moderated grade");

        bool? feedback = null;
        if (row[FeedbackColumn] is { } feedbackText)
        {
            feedback = feedbackText.ToLowerInvariant() switch { "yes" => true, "no" => false, _ => null };
            if (feedback is null)
            {
                Problem(FeedbackColumn, $"family feedback obtained '{feedbackText}' must be yes or no");
            }
        }

        var themeIds = new List<int>();
        foreach (var theme in (row[Themes] ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!lookups.ThemesByName.TryGetValue(theme, out var themeId))
            {
                Problem(Themes, $"theme '{theme}' is not a learning theme in Audit: add it under Learning themes, or remove it from the row");
            }
            else if (!themeIds.Contains(themeId))
            {
                themeIds.Add(themeId);
            }
        }

        // A grade must be on the scale of the tool's version; with no known tool only the words are checked.
        Grade? CheckGrade(string column, string words)
        {
            var text = row[column]!;
            var scale = tool?.Scale;
            if (ParseGrade(text) is not { } grade)
            {
                Problem(column, $"{words} '{text}' is not one of {GradeWords(scale ?? GradeScale.Ofsted)}");
                return null;
            }

            if (scale is { } toolScale && !grade.IsOn(toolScale))
            {
                Problem(column, $"{column} '{text}' is not on the {tool!.Kind.Wording()}'s scale ({ScaleWords(toolScale)})");
                return null;
            }

            return grade;
        }

        var externalId = row[ExternalId];
        if (externalId is { Length: > MaxExternalId })
        {
            Problem(ExternalId, $"external_id must be {MaxExternalId} characters or fewer");
        }

        return problems.Count > before
            ? null
            : new HistoricAuditEntry(row.Number, reference!, teamId, caseType, tool!, auditorId, auditorName, completedOn!.Value,
                auditorGrade!.Value, moderatedGrade, feedback, themeIds, externalId);
    }

    private static string GradeWords(GradeScale scale) => scale == GradeScale.MetNotMet
        ? "Met or Not met"
        : "Outstanding, Good, Requires improvement (or RI) or Inadequate";

    private static string ScaleWords(GradeScale scale) => scale == GradeScale.MetNotMet
        ? "met or not met"
        : "outstanding, good, requires improvement or inadequate";

    /// <summary>
    /// "Requires improvement", "Requires improvement to be good", "RI" and "requires-improvement" are the same grade,
    /// in any case; so are "Not met", "not-met", "NotMet" and "Did not meet the standard".
    /// </summary>
    public static Grade? ParseGrade(string text) => Key(text) switch
    {
        "outstanding" => Grade.Outstanding,
        "good" => Grade.Good,
        "requiresimprovement" or "requiresimprovementtobegood" or "ri" => Grade.RequiresImprovement,
        "inadequate" => Grade.Inadequate,
        "met" or "metthestandard" => Grade.Met,
        "notmet" or "didnotmeetthestandard" => Grade.NotMet,
        _ => null,
    };

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
