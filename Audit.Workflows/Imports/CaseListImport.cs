using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Common;
using Audit.Workflows.Settings;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Imports;

/// <summary>What an import did: cases added and updated, and every problem found (rows skipped when only valid rows were imported).</summary>
public sealed record CaseImportSummary(int RowsRead, int Added, int Updated, IReadOnlyList<ImportProblem> Problems) : IImportOutcome
{
    public bool Imported => Added + Updated > 0;

    /// <summary>Problems with the file as a whole (too big, not CSV, columns missing): no row was read.</summary>
    public bool Refused => Problems.Any(p => p.Row is null);

    public int RowsWithProblems => Problems.Where(p => p.Row is not null).Select(p => p.Row).Distinct().Count();
}

/// <summary>
/// Imports the case management system's case-list export. Every row is checked before anything is saved; unless
/// the person asks for only the valid rows, one problem stops the whole import. Cases are matched by reference, so
/// importing the same list again updates the cases rather than duplicating them. All in one transaction.
/// </summary>
public sealed class CaseListImport(AuditDbContext db, TimeProvider clock)
{
    public static readonly CsvLimits Limits = new(MaxRows: 50_000, MaxBytes: 10 * 1024 * 1024);

    /// <summary>How many references are looked up in one query, within every database's parameter limit.</summary>
    private const int LookupBatch = 500;

    public async Task<CaseImportSummary> ImportAsync(Stream file, string? fileName, bool validRowsOnly, string? actorId, CancellationToken cancellationToken = default)
    {
        var (rows, fileProblems) = await CsvTable.ReadAsync(file, fileName, Limits, CaseListRow.RequiredColumns, cancellationToken);
        if (fileProblems.Any(p => p.Row is null))
        {
            return new CaseImportSummary(0, 0, 0, fileProblems);
        }

        var problems = fileProblems.ToList();
        var lookups = await LookupsAsync(cancellationToken);
        var entries = new List<CaseListEntry>(rows.Count);
        var firstRowByReference = new Dictionary<string, int>(StringComparer.Ordinal);
        var unreadableRows = fileProblems.Select(p => p.Row).ToHashSet();
        foreach (var row in rows)
        {
            if (unreadableRows.Contains(row.Number))
            {
                continue;
            }

            var entry = CaseListRow.Check(row, lookups, problems);
            if (entry is null)
            {
                continue;
            }

            if (!firstRowByReference.TryAdd(entry.Reference, entry.Row))
            {
                problems.Add(new ImportProblem(entry.Row, CaseListRow.Reference, $"case reference {entry.Reference} is already on row {firstRowByReference[entry.Reference]}"));
                continue;
            }

            entries.Add(entry);
        }

        problems.Sort((a, b) => (a.Row ?? 0).CompareTo(b.Row ?? 0));
        if ((problems.Count > 0 && !validRowsOnly) || entries.Count == 0)
        {
            return new CaseImportSummary(rows.Count, 0, 0, problems);
        }

        var (added, updated) = await SaveAsync(entries, actorId, cancellationToken);
        return new CaseImportSummary(rows.Count, added, updated, problems);
    }

    private async Task<(int Added, int Updated)> SaveAsync(List<CaseListEntry> entries, string? actorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var added = 0;
        var updated = 0;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var batch in entries.Chunk(LookupBatch))
        {
            var references = batch.Select(e => e.Reference).ToList();
            var existing = await db.CaseFiles.Where(c => references.Contains(c.Reference)).ToDictionaryAsync(c => c.Reference, StringComparer.Ordinal, cancellationToken);
            foreach (var entry in batch)
            {
                if (existing.TryGetValue(entry.Reference, out var caseFile))
                {
                    if (Apply(caseFile, entry))
                    {
                        caseFile.UpdatedAt = now;
                        db.Entry(caseFile).State = EntityState.Modified;
                        updated++;
                    }

                    continue;
                }

                caseFile = new CaseFile { Reference = entry.Reference, CreatedAt = now, CreatedById = actorId };
                Apply(caseFile, entry);
                db.CaseFiles.Add(caseFile);
                added++;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return (added, updated);
    }

    /// <summary>Copies the row onto the case; true when anything changed.</summary>
    private static bool Apply(CaseFile caseFile, CaseListEntry entry)
    {
        var changed = caseFile.CaseType != entry.CaseType || caseFile.TeamId != entry.TeamId || caseFile.PractitionerId != entry.PractitionerId
            || caseFile.StartDate != entry.StartDate || caseFile.AgeBand != entry.AgeBand || caseFile.IsClosed != entry.IsClosed;
        caseFile.CaseType = entry.CaseType;
        caseFile.TeamId = entry.TeamId;
        caseFile.PractitionerId = entry.PractitionerId;
        caseFile.StartDate = entry.StartDate;
        caseFile.AgeBand = entry.AgeBand;
        caseFile.IsClosed = entry.IsClosed;
        return changed;
    }

    private async Task<CaseListLookups> LookupsAsync(CancellationToken cancellationToken)
    {
        var settings = await db.CurrentWorkflowSettingsAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var practitioners = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == Roles.IdOf(Roles.Practitioner)))
            .Select(u => new { u.Id, u.Email, u.StaffNumber, u.TeamId })
            .ToListAsync(cancellationToken);
        var teamsByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var team in teams)
        {
            teamsByName.TryAdd(team.Name.Trim(), team.Id);
        }

        // The export names the worker by email or by staff number; an email always has an @ and a staff number never
        // does, so one lookup holds both.
        var byWorker = new Dictionary<string, (string, int?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var practitioner in practitioners)
        {
            byWorker.TryAdd(practitioner.Email!, (practitioner.Id, practitioner.TeamId));
            if (practitioner.StaffNumber is { } staffNumber)
            {
                byWorker.TryAdd(staffNumber, (practitioner.Id, practitioner.TeamId));
            }
        }

        return new CaseListLookups(CaseReferenceFormat.For(settings.CaseReferencePattern), teamsByName, byWorker, UkTime.Today(clock));
    }
}
