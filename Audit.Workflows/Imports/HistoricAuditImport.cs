using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Common;
using Audit.Workflows.Settings;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Imports;

/// <summary>What a historic import did: audits added and updated, cases created, and every problem found.</summary>
public sealed record HistoricImportSummary(int RowsRead, int Added, int Updated, int CasesAdded, IReadOnlyList<ImportProblem> Problems) : IImportOutcome
{
    public bool Imported => Added + Updated > 0;

    /// <summary>Problems with the file as a whole (too big, not CSV, columns missing): no row was read.</summary>
    public bool Refused => Problems.Any(p => p.Row is null);

    public int RowsWithProblems => Problems.Where(p => p.Row is not null).Select(p => p.Row).Distinct().Count();
}

/// <summary>
/// Imports audits completed before Audit was used, so trends start on day one. Every row is checked before anything
/// is saved; unless only the valid rows are asked for, one problem stops the whole import; all in one transaction.
/// An imported audit is closed from the start with its grade settled on its completion date, so it counts in every
/// report, and it never enters the workflow: no deadlines, no emails, no work items. Re-importing the same
/// external_id (or, without one, the same case, completion date and tool) updates the audit instead of adding one.
/// </summary>
public sealed class HistoricAuditImport(AuditDbContext db, TimeProvider clock)
{
    public static readonly CsvLimits Limits = new(MaxRows: 50_000, MaxBytes: 10 * 1024 * 1024);

    /// <summary>The stand-in auditor of imported audits whose auditor is not a member of staff: inactive, no roles, never signs in.</summary>
    public const string UnknownAuditorId = "historic-import-auditor";

    private const int Batch = 500;

    public async Task<HistoricImportSummary> ImportAsync(Stream file, string? fileName, bool validRowsOnly, string? actorId, CancellationToken cancellationToken = default)
    {
        var (rows, fileProblems) = await CsvTable.ReadAsync(file, fileName, Limits, HistoricAuditRow.RequiredColumns, cancellationToken);
        if (fileProblems.Any(p => p.Row is null))
        {
            return new HistoricImportSummary(0, 0, 0, 0, fileProblems);
        }

        var problems = fileProblems.ToList();
        var lookups = await LookupsAsync(cancellationToken);
        var entries = new List<HistoricAuditEntry>(rows.Count);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var unreadableRows = fileProblems.Select(p => p.Row).ToHashSet();
        foreach (var row in rows.Where(r => !unreadableRows.Contains(r.Number)))
        {
            if (HistoricAuditRow.Check(row, lookups, problems) is not { } entry)
            {
                continue;
            }

            var (key, column, what) = entry.ExternalId is { } id
                ? ("id:" + id, HistoricAuditRow.ExternalId, $"external_id {id}")
                : ($"{entry.Reference}|{entry.CompletedOn:yyyy-MM-dd}|{entry.Tool.Id}", HistoricAuditRow.CompletedOn, $"the audit of case {entry.Reference} completed on {entry.CompletedOn:dd/MM/yyyy} with this tool");
            if (!firstRow.TryAdd(key, entry.Row))
            {
                problems.Add(new ImportProblem(entry.Row, column, $"{what} is already on row {firstRow[key]}"));
                continue;
            }

            entries.Add(entry);
        }

        problems.Sort((a, b) => (a.Row ?? 0).CompareTo(b.Row ?? 0));
        if ((problems.Count > 0 && !validRowsOnly) || entries.Count == 0)
        {
            return new HistoricImportSummary(rows.Count, 0, 0, 0, problems);
        }

        var (added, updated, casesAdded) = await SaveAsync(entries, actorId, cancellationToken);
        return new HistoricImportSummary(rows.Count, added, updated, casesAdded, problems);
    }

    private async Task<(int Added, int Updated, int CasesAdded)> SaveAsync(List<HistoricAuditEntry> entries, string? actorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        int added = 0, updated = 0, casesAdded = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (entries.Any(e => e.AuditorId is null) && !await db.Users.AnyAsync(u => u.Id == UnknownAuditorId, cancellationToken))
        {
            db.Users.Add(new StaffMember
            {
                Id = UnknownAuditorId, UserName = UnknownAuditorId, NormalizedUserName = UnknownAuditorId.ToUpperInvariant(),
                FullName = "Auditor not recorded (historic import)", IsActive = false, CreatedAt = now, MonthlyAuditCapacity = 0,
                LockoutEnabled = true, LockoutEnd = DateTimeOffset.MaxValue, SecurityStamp = Guid.NewGuid().ToString(),
            });
        }

        foreach (var batch in entries.Chunk(Batch))
        {
            var references = batch.Select(e => e.Reference).Distinct().ToList();
            var cases = await db.CaseFiles.Where(c => references.Contains(c.Reference)).ToDictionaryAsync(c => c.Reference, StringComparer.Ordinal, cancellationToken);
            foreach (var entry in batch.Where(e => !cases.ContainsKey(e.Reference)))
            {
                var caseFile = new CaseFile { Reference = entry.Reference, CaseType = entry.CaseType, TeamId = entry.TeamId!.Value, CreatedAt = now, CreatedById = actorId };
                db.CaseFiles.Add(caseFile);
                cases[entry.Reference] = caseFile;
                casesAdded++;
            }

            await db.SaveChangesAsync(cancellationToken);
            var caseIds = cases.Values.Select(c => c.Id).ToList();
            var externalIds = batch.Where(e => e.ExternalId is not null).Select(e => e.ExternalId).ToList();
            var existing = await db.CaseAudits.Include(a => a.Record).Include(a => a.Themes).Include(a => a.ToolVersion)
                .Where(a => a.IsImported && (caseIds.Contains(a.CaseFileId) || externalIds.Contains(a.ImportExternalId)))
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                var caseFile = cases[entry.Reference];
                var completedAt = StartOfUkDay(entry.CompletedOn);
                var audit = entry.ExternalId is { } externalId
                    ? existing.FirstOrDefault(a => a.ImportExternalId == externalId)
                    : existing.FirstOrDefault(a => a.ImportExternalId is null && a.CaseFileId == caseFile.Id && a.GradeConfirmedAt == completedAt
                        && (a.ToolVersion?.AuditToolId) == entry.Tool.Id);
                if (audit is null)
                {
                    audit = new CaseAudit { AuditorId = UnknownAuditorId, IsImported = true, ImportExternalId = entry.ExternalId, AllocatedById = actorId };
                    db.CaseAudits.Add(audit);
                    existing.Add(audit);
                    added++;
                }
                else
                {
                    updated++;
                }

                Apply(audit, caseFile, entry, completedAt, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return (added, updated, casesAdded);
    }

    /// <summary>Copies the row onto the audit: closed, graded on its completion date, moderated when the file says so.</summary>
    private static void Apply(CaseAudit audit, CaseFile caseFile, HistoricAuditEntry entry, DateTimeOffset completedAt, DateTimeOffset now)
    {
        audit.CaseFile = caseFile;
        audit.AuditorId = entry.AuditorId ?? UnknownAuditorId;
        audit.ImportedAuditorName = entry.AuditorId is null ? entry.AuditorName : null;
        audit.State = AuditState.Closed;
        audit.ToolVersionId = entry.Tool.VersionId;
        audit.ToolKind = entry.Tool.Kind;
        audit.DueDate = entry.CompletedOn;
        audit.AllocatedAt = completedAt;
        audit.SubmittedAt = completedAt;
        audit.AuditorGrade = entry.AuditorGrade;
        audit.FinalGrade = entry.ModeratedGrade ?? entry.AuditorGrade;
        audit.ModerationRequired = entry.ModeratedGrade is not null;
        audit.ModeratedAt = entry.ModeratedGrade is null ? null : completedAt;
        audit.GradeConfirmedAt = completedAt;
        audit.ClosedAt = completedAt;
        audit.Record ??= new AuditRecord();
        audit.Record.FeedbackObtained = entry.FeedbackObtained;
        // A yes or a no means feedback was sought; an empty cell says nothing.
        audit.Record.FeedbackSought = entry.FeedbackObtained is null ? null : true;
        audit.Record.OverallGrade = entry.AuditorGrade;
        audit.Record.UpdatedAt = now;
        audit.Themes.RemoveAll(t => !entry.ThemeIds.Contains(t.LearningThemeId));
        audit.Themes.AddRange(entry.ThemeIds.Where(id => audit.Themes.All(t => t.LearningThemeId != id)).Select(id => new AuditTheme { LearningThemeId = id }));
    }

    /// <summary>The completion date as the instant its UK day starts, the way report periods count days.</summary>
    private static DateTimeOffset StartOfUkDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, UkTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private async Task<HistoricAuditLookups> LookupsAsync(CancellationToken cancellationToken)
    {
        var settings = await db.CurrentWorkflowSettingsAsync(cancellationToken);
        var areas = await db.ServiceAreas.AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name, t.ServiceAreaId }).ToListAsync(cancellationToken);
        var tools = await db.AuditTools.AsNoTracking()
            .Select(t => new
            {
                t.Id, t.Name, t.Kind,
                Version = t.Versions.OrderByDescending(v => v.Status == ToolVersionStatus.Published).ThenByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefault(),
                Scale = t.Versions.OrderByDescending(v => v.Status == ToolVersionStatus.Published).ThenByDescending(v => v.Number).Select(v => v.Scale).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var staff = await db.Users.AsNoTracking().Where(u => u.Email != null).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var themes = await db.LearningThemes.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var cases = await db.CaseFiles.AsNoTracking().Select(c => new { c.Reference, c.Team!.ServiceAreaId }).ToListAsync(cancellationToken);

        return new HistoricAuditLookups(
            CaseReferenceFormat.For(settings.CaseReferencePattern),
            ByName(areas, a => a.Name, a => a.Id),
            ByName(teams, t => t.Name, t => (t.Id, t.ServiceAreaId)),
            ByName(tools.Where(t => t.Version is not null), t => t.Name, t => new HistoricTool(t.Id, t.Version, t.Kind, t.Scale)),
            ByName(staff, s => s.Email!, s => s.Id),
            ByName(themes, t => t.Name, t => t.Id),
            cases.ToDictionary(c => c.Reference, c => c.ServiceAreaId, StringComparer.Ordinal),
            UkTime.Today(clock));
    }

    /// <summary>Names matched in any case, ignoring spaces around them; the first of two with the same name wins.</summary>
    private static Dictionary<string, TValue> ByName<T, TValue>(IEnumerable<T> items, Func<T, string> name, Func<T, TValue> value)
    {
        var result = new Dictionary<string, TValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            result.TryAdd(name(item).Trim(), value(item));
        }

        return result;
    }
}
