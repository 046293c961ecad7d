using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Reporting;

/// <summary>
/// The queries every report is built from, always within the viewer's scope (<see cref="AuditAccess.ReportableToAsync"/>).
/// Provider-neutral LINQ: filtering and grouping happen in the database, so reports read counts by group, not the
/// period's audits one by one.
/// </summary>
public sealed class ReportQueries(AuditDbContext db, AuditAccess access)
{
    public const string DefaultToolName = "Deep dive case audit";

    /// <summary>The audits this person's reports count, or null when they see no reports.</summary>
    public Task<IQueryable<CaseAudit>?> ScopeAsync(string staffId, CancellationToken cancellationToken = default) =>
        access.ReportableToAsync(staffId, cancellationToken);

    /// <summary>Audits whose grade was settled in the period (cancelled audits never count).</summary>
    public static IQueryable<CaseAudit> CompletedIn(IQueryable<CaseAudit> scope, ReportPeriod period)
    {
        var (start, end) = period.Instants();
        return scope.Where(a => a.State != AuditState.Cancelled && a.FinalGrade != null
            && a.GradeConfirmedAt >= start && a.GradeConfirmedAt < end);
    }

    /// <summary>
    /// The period's audits counted in the database by tool version, team, auditor, the auditor's grade, the final grade,
    /// moderation, import and the record's feedback and discussion, shared by the breakdowns, calibration and KPIs: one
    /// read of the period's audits, a few hundred groups out of it, not a row per audit. The
    /// names (tool, team, service area, auditor) come from small lookups keyed by id. Audits are grouped by name as
    /// they are shown, so two versions of a tool count as one tool.
    /// </summary>
    public async Task<IReadOnlyList<AuditGroup>> GroupsAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var rows = await CompletedIn(scope, period)
            .GroupBy(a => new
            {
                a.ToolVersionId,
                a.CaseFile!.TeamId,
                a.AuditorId,
                a.ImportedAuditorName,
                a.AuditorGrade,
                FinalGrade = a.FinalGrade!.Value,
                Moderated = a.ModeratedAt != null,
                a.IsImported,
                a.Record!.FeedbackSought,
                a.Record!.FeedbackObtained,
                a.Record!.DiscussionHeld,
            })
            .Select(g => new
            {
                g.Key.ToolVersionId,
                g.Key.TeamId,
                g.Key.AuditorId,
                g.Key.ImportedAuditorName,
                g.Key.AuditorGrade,
                g.Key.FinalGrade,
                g.Key.Moderated,
                g.Key.IsImported,
                g.Key.FeedbackSought,
                g.Key.FeedbackObtained,
                g.Key.DiscussionHeld,
                Count = g.Count(),
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var tools = await db.AuditToolVersions.AsNoTracking()
            .Select(v => new { v.Id, v.Tool!.Name })
            .ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        var teams = await db.Teams.AsNoTracking()
            .Select(t => new { t.Id, t.Name, ServiceArea = t.ServiceArea!.Name })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var auditorIds = rows.Where(r => r.ImportedAuditorName == null).Select(r => r.AuditorId).Distinct().ToList();
        var auditors = await db.Users.AsNoTracking()
            .Where(u => auditorIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName })
            .ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);

        return rows.Select(r => new AuditGroup(
                r.ToolVersionId is { } version ? tools[version] : DefaultToolName,
                teams[r.TeamId].ServiceArea,
                teams[r.TeamId].Name,
                r.ImportedAuditorName ?? auditors[r.AuditorId],
                r.AuditorGrade,
                r.FinalGrade,
                r.Moderated,
                r.IsImported,
                r.FeedbackSought,
                r.FeedbackObtained,
                r.DiscussionHeld,
                r.Count))
            .ToList();
    }

    /// <summary>Counts by kind of tool, its version's scale and final grade, counted in the database.</summary>
    public async Task<IReadOnlyList<(ToolKind Kind, GradeScale Scale, Grade Grade, int Count)>> GradeCountsAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var rows = await CompletedIn(scope, period)
            .GroupBy(a => new
            {
                Kind = a.ToolVersion == null ? ToolKind.DeepDive : a.ToolVersion.Tool!.Kind,
                Scale = a.ToolVersion == null ? GradeScale.Ofsted : a.ToolVersion.Scale,
                Grade = a.FinalGrade!.Value,
            })
            .Select(g => new { g.Key.Kind, g.Key.Scale, g.Key.Grade, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Kind, r.Scale, r.Grade, r.Count)).ToList();
    }

    /// <summary>Counts by final grade alone (every kind of tool), counted in the database.</summary>
    public static async Task<IReadOnlyDictionary<Grade, int>> FinalGradeCountsAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default) =>
        await CompletedIn(scope, period)
            .GroupBy(a => a.FinalGrade!.Value)
            .Select(g => new { Grade = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.Grade, r => r.Count, cancellationToken);

    /// <summary>
    /// Audits allocated in the period (the programme for a month), whatever happened to them since. Historic imports
    /// were never allocated in Audit, so they count only as completed.
    /// </summary>
    public static Task<int> AllocatedInAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var (start, end) = period.Instants();
        return scope.CountAsync(a => !a.IsImported && a.AllocatedAt >= start && a.AllocatedAt < end, cancellationToken);
    }

    /// <summary>Each section's final grades (the moderated grade where moderation changed it), counted by section title.</summary>
    public async Task<IReadOnlyList<(string Section, Grade Grade, int Count)>> SectionGradesAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var ids = CompletedIn(scope, period).Select(a => a.Id);
        var rows = await db.SectionResponses
            .Where(r => ids.Contains(r.CaseAuditId) && !r.NotApplicable && r.Grade != null)
            .GroupBy(r => new { r.Section!.Title, Grade = r.ModeratedGrade ?? r.Grade!.Value })
            .Select(g => new { g.Key.Title, g.Key.Grade, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Title, r.Grade, r.Count)).ToList();
    }

    /// <summary>Learning themes tagged on the period's audits, with how many audits each.</summary>
    public async Task<IReadOnlyList<(string Theme, int Audits)>> ThemesAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var ids = CompletedIn(scope, period).Select(a => a.Id);
        var rows = await db.AuditThemes
            .Where(t => ids.Contains(t.CaseAuditId))
            .GroupBy(t => t.Theme!.Name)
            .Select(g => new { Theme = g.Key, Audits = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Audits).ThenBy(r => r.Theme, StringComparer.Ordinal).Select(r => (r.Theme, r.Audits)).ToList();
    }
}
