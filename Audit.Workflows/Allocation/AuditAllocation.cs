using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Deadlines;
using Audit.Workflows.Tools;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Allocation;

/// <summary>
/// What allocating a case writes — the audit, its first history line and its due-date deadline — shared by
/// allocation by hand and the confirmed proposal of a month's programme. The caller checks the rules, saves and
/// sends the emails.
/// </summary>
public sealed class AuditAllocation(AuditDbContext db, DeadlineScheduler deadlines)
{
    /// <summary>The published version of the tool now in use, which an audit keeps even when a newer one is published.</summary>
    public Task<int?> CurrentToolVersionAsync(ToolKind toolKind, CancellationToken cancellationToken = default) =>
        Enum.IsDefined(toolKind)
            ? db.AuditToolVersions
                .Where(v => v.Tool!.Kind == toolKind && v.Status == ToolVersionStatus.Published)
                .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Number)
                .Select(v => (int?)v.Id).FirstOrDefaultAsync(cancellationToken)
            : Task.FromResult<int?>(null);

    /// <summary>The open cycle of the month <paramref name="today"/> is in: allocations by hand count in that month's programme.</summary>
    public Task<int?> CycleForAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return db.AuditCycles.Where(c => c.Month == month && c.Status == CycleStatus.Open).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<CaseAudit> AddAsync(CaseFile caseFile, string auditorId, ToolKind toolKind, int toolVersionId, DateOnly dueDate,
        string actorId, DateTimeOffset now, int? cycleId, int reminderLeadWorkingDays, CancellationToken cancellationToken = default, int? dipSampleBatchId = null)
    {
        var audit = new CaseAudit
        {
            CaseFile = caseFile,
            AuditorId = auditorId,
            ToolVersionId = toolVersionId,
            ToolKind = toolKind,
            State = AuditState.Allocated,
            DueDate = dueDate,
            AllocatedAt = now,
            AllocatedById = actorId,
            AuditCycleId = cycleId,
            DipSampleBatchId = dipSampleBatchId,
        };
        db.CaseAudits.Add(audit);
        audit.History.Add(new AuditHistoryEntry
        {
            OccurredAt = now, ActorId = actorId, FromState = AuditState.Allocated, ToState = AuditState.Allocated,
            Trigger = "Allocate", Comment = $"{toolKind.SentenceWording()}, due {dueDate:d MMMM yyyy}",
        });
        await deadlines.OpenAsync(audit, DeadlineKind.AuditDue, dueDate, reminderLeadWorkingDays, ownerId: auditorId, cancellationToken: cancellationToken);
        return audit;
    }
}
