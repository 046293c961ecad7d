using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Reporting;

/// <summary>A confirmed good or outstanding audit recognised as an example of good practice.</summary>
public sealed record GoodPracticeExample(int Id, string Reference, string Tool, string ServiceArea, Grade Grade, string Month);

/// <summary>
/// One learning theme in a period: how many audits were tagged with it, and what their auditors wrote as strengths
/// and areas for development — without the audit, case, team or practitioner it came from.
/// </summary>
public sealed record ThemeLearning(string Theme, int Audits, IReadOnlyList<string> Strengths, IReadOnlyList<string> AreasForDevelopment);

/// <summary>Good practice examples and themes for practice and performance meetings, within the viewer's scope.</summary>
public sealed class GoodPracticeQueries(AuditDbContext db)
{
    public const string GoodPracticeTable = "good-practice";
    public const string ThemesTable = "themes";
    public const string ThemeLearningTable = "theme-learning";

    /// <summary>Examples whose grade was settled in the period, newest first.</summary>
    public async Task<IReadOnlyList<GoodPracticeExample>> ExamplesAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var rows = await ReportQueries.CompletedIn(scope, period)
            .Where(a => a.IsGoodPracticeExample && (a.FinalGrade == Grade.Good || a.FinalGrade == Grade.Outstanding))
            .OrderByDescending(a => a.GradeConfirmedAt).ThenByDescending(a => a.Id)
            .Select(a => new
            {
                a.Id,
                Tool = a.ToolVersion == null ? ReportQueries.DefaultToolName : a.ToolVersion.Tool!.Name,
                ServiceArea = a.CaseFile!.Team!.ServiceArea!.Name,
                Grade = a.FinalGrade!.Value,
                ConfirmedAt = a.GradeConfirmedAt!.Value,
            })
            .AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(r => new GoodPracticeExample(r.Id, $"AUD-{r.Id:D6}", r.Tool, r.ServiceArea, r.Grade,
            UkTime.ToUk(r.ConfirmedAt).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")))).ToList();
    }

    /// <summary>Each learning theme on the period's audits, most audits first; text removed by retention is left out.</summary>
    public async Task<IReadOnlyList<ThemeLearning>> ThemesAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var ids = ReportQueries.CompletedIn(scope, period).Select(a => a.Id);
        var rows = await db.AuditThemes.AsNoTracking()
            .Where(t => ids.Contains(t.CaseAuditId))
            .Select(t => new
            {
                t.CaseAuditId,
                Theme = t.Theme!.Name,
                Strengths = db.AuditRecords.Where(r => r.CaseAuditId == t.CaseAuditId).Select(r => r.Strengths).FirstOrDefault(),
                Areas = db.AuditRecords.Where(r => r.CaseAuditId == t.CaseAuditId).Select(r => r.AreasForDevelopment).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Theme)
            .Select(g => new ThemeLearning(
                g.Key,
                g.Select(r => r.CaseAuditId).Distinct().Count(),
                Texts(g.OrderBy(r => r.CaseAuditId).Select(r => r.Strengths)),
                Texts(g.OrderBy(r => r.CaseAuditId).Select(r => r.Areas))))
            .OrderByDescending(t => t.Audits).ThenBy(t => t.Theme, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public static ReportTable ExamplesTable(IReadOnlyList<GoodPracticeExample> examples) =>
        new(GoodPracticeTable, "Good practice examples", ["Audit", "Audit tool", "Service area", "Grade", "Month"],
            examples.Select(e => (IReadOnlyList<object>)[e.Reference, e.Tool, e.ServiceArea, e.Grade.Display(), e.Month]).ToList());

    public static ReportTable ThemeCounts(IReadOnlyList<ThemeLearning> themes) =>
        new(ThemesTable, "Audits by learning theme", ["Learning theme", "Audits"],
            themes.Select(t => (IReadOnlyList<object>)[t.Theme, t.Audits]).ToList());

    /// <summary>The typed text, one row a strength or area for development, for the viewer to check before sharing.</summary>
    public static ReportTable LearningTable(IReadOnlyList<ThemeLearning> themes) =>
        new(ThemeLearningTable, "Strengths and areas for development by learning theme", ["Learning theme", "Kind", "What the auditor wrote"],
            themes.SelectMany(t => t.Strengths.Select(s => (IReadOnlyList<object>)[t.Theme, "Strength", s])
                .Concat(t.AreasForDevelopment.Select(s => (IReadOnlyList<object>)[t.Theme, "Area for development", s]))).ToList());

    private static IReadOnlyList<string> Texts(IEnumerable<string?> texts) =>
        texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();
}
