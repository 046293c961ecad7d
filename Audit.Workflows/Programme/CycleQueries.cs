using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>Where a set of a cycle's audits has got to.</summary>
public sealed record CycleCounts(int Planned, int Allocated, int InProgress, int Submitted, int Moderated, int Overdue);

public sealed record CycleSummary(int Id, string Name, DateOnly Month, DateOnly DueDate, CycleStatus Status, CycleCounts Counts, int Version);

public sealed record CycleRow(string Name, CycleCounts Counts);

public sealed record CycleLine(int Id, int Version, string CaseReference, string ServiceArea, string Team, ToolKind Tool,
    string? AuditorId, string? AuditorName, string? Unassigned, CycleCaseStatus Status, int? AuditId, int? DipSampleBatchId, string? DipSampleName);

public sealed record CycleDetail(CycleSummary Cycle, IReadOnlyList<CyclePlan> Plans, IReadOnlyList<CycleRow> ByServiceArea,
    IReadOnlyList<CycleRow> ByAuditor, IReadOnlyList<CycleDraw> Draws, IReadOnlyList<CycleLine> Lines);

/// <summary>What the programme pages read: every cycle compared, and one cycle by service area and by auditor.</summary>
public sealed class CycleQueries(AuditDbContext db, TimeProvider clock)
{
    private sealed record AuditFacts(int? CycleId, int ServiceAreaId, string ServiceArea, string Auditor, AuditState State,
        DateTimeOffset? SubmittedAt, DateTimeOffset? ModeratedAt, DateOnly DueDate);

    public async Task<IReadOnlyList<CycleSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var cycles = await db.AuditCycles.AsNoTracking().Include(c => c.Plans).OrderByDescending(c => c.Month).ToListAsync(cancellationToken);
        var ids = cycles.Select(c => c.Id).ToList();
        var audits = await AuditsAsync(a => a.AuditCycleId != null && ids.Contains(a.AuditCycleId.Value), cancellationToken);
        var today = UkTime.Today(clock);
        return cycles.Select(c => Summary(c, audits.Where(a => a.CycleId == c.Id).ToList(), today)).ToList();
    }

    public async Task<CycleDetail?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var cycle = await db.AuditCycles.AsNoTracking().Include(c => c.Plans).ThenInclude(p => p.ServiceArea)
            .Include(c => c.Draws).ThenInclude(d => d.ServiceArea).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        var today = UkTime.Today(clock);
        var audits = await AuditsAsync(a => a.AuditCycleId == id, cancellationToken);
        var byArea = audits.GroupBy(a => (a.ServiceAreaId, a.ServiceArea))
            .Select(g => (g.Key.ServiceAreaId, g.Key.ServiceArea, Audits: g.ToList()))
            .Concat(cycle.Plans.Where(p => audits.All(a => a.ServiceAreaId != p.ServiceAreaId))
                .Select(p => (p.ServiceAreaId, p.ServiceArea!.Name, Audits: new List<AuditFacts>())))
            .DistinctBy(x => x.ServiceAreaId)
            .OrderBy(x => x.Item2, StringComparer.Ordinal)
            .Select(x => new CycleRow(x.Item2, Counts(cycle.Plans.Where(p => p.ServiceAreaId == x.ServiceAreaId).Sum(p => p.Planned), x.Audits, today)))
            .ToList();
        var byAuditor = audits.GroupBy(a => a.Auditor).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CycleRow(g.Key, Counts(0, g.ToList(), today))).ToList();
        var lines = await db.CycleCases.AsNoTracking().Where(c => c.AuditCycleId == id && c.Status != CycleCaseStatus.Removed)
            .OrderBy(c => c.Status).ThenBy(c => c.CaseFile!.Team!.ServiceArea!.Name).ThenBy(c => c.CaseFile!.Reference)
            .Select(c => new CycleLine(c.Id, c.Version, c.CaseFile!.Reference, c.CaseFile.Team!.ServiceArea!.Name, c.CaseFile.Team.Name, c.ToolKind,
                c.ProposedAuditorId, c.ProposedAuditor!.FullName, c.Unassigned, c.Status, c.CaseAuditId, c.DipSampleBatchId, c.DipSampleBatch!.Name))
            .ToListAsync(cancellationToken);
        return new CycleDetail(Summary(cycle, audits, today), cycle.Plans.OrderBy(p => p.ServiceArea!.Name, StringComparer.Ordinal).ThenBy(p => p.ToolKind).ToList(),
            byArea, byAuditor, cycle.Draws.OrderBy(d => d.DrawnAt).ToList(), lines);
    }

    /// <summary>One line of a cycle, with the cycle it is in.</summary>
    public async Task<(CycleLine Line, int CycleId, string CycleName)?> LineAsync(int id, CancellationToken cancellationToken = default)
    {
        var row = await db.CycleCases.AsNoTracking().Where(c => c.Id == id && c.Status != CycleCaseStatus.Removed)
            .Select(c => new
            {
                Line = new CycleLine(c.Id, c.Version, c.CaseFile!.Reference, c.CaseFile.Team!.ServiceArea!.Name, c.CaseFile.Team.Name, c.ToolKind,
                    c.ProposedAuditorId, c.ProposedAuditor!.FullName, c.Unassigned, c.Status, c.CaseAuditId, c.DipSampleBatchId, c.DipSampleBatch!.Name),
                c.AuditCycleId,
                c.Cycle!.Month,
            })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Line, row.AuditCycleId, AuditCycle.NameOf(row.Month));
    }

    /// <summary>The service areas a plan can name, by name.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ServiceAreasAsync(CancellationToken cancellationToken = default) =>
        (await db.ServiceAreas.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
        .Select(s => (s.Id, s.Name)).ToList();

    private async Task<List<AuditFacts>> AuditsAsync(System.Linq.Expressions.Expression<Func<CaseAudit, bool>> which, CancellationToken cancellationToken) =>
        await db.CaseAudits.AsNoTracking().Where(which).Where(a => a.State != AuditState.Cancelled)
            .Select(a => new AuditFacts(a.AuditCycleId, a.CaseFile!.Team!.ServiceAreaId, a.CaseFile.Team.ServiceArea!.Name, a.Auditor!.FullName,
                a.State, a.SubmittedAt, a.ModeratedAt, a.DueDate))
            .ToListAsync(cancellationToken);

    private static CycleSummary Summary(AuditCycle cycle, List<AuditFacts> audits, DateOnly today) =>
        new(cycle.Id, cycle.Name, cycle.Month, cycle.DueDate, cycle.Status, Counts(cycle.Plans.Sum(p => p.Planned), audits, today), cycle.Version);

    private static CycleCounts Counts(int planned, List<AuditFacts> audits, DateOnly today) => new(
        planned,
        audits.Count,
        audits.Count(a => a.State is AuditState.InProgress or AuditState.ReturnedToAuditor),
        audits.Count(a => a.SubmittedAt is not null),
        audits.Count(a => a.ModeratedAt is not null),
        audits.Count(a => a.SubmittedAt is null && a.DueDate < today));
}
