using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>
/// Proposes an auditor for every drawn case not yet allocated (<see cref="AllocationProposer"/>), from what the
/// database says now: who audits, their open audits, what they already have this cycle, their capacity and leave.
/// </summary>
public sealed class ProposeAllocationHandler(AuditDbContext db, AuditAccess access, ProposalInputs inputs)
{
    public async Task<CommandResult> HandleAsync(ProposeAllocationCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var (cycle, refusal) = await ProgrammeGuard.CycleForQaLeadAsync(db, access, command.CycleId, null, actorId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (cycle!.Status == CycleStatus.Closed)
        {
            return CommandResult.Failure(string.Empty, $"{cycle.Name} is closed: reopen it to propose auditors");
        }

        var lines = await db.CycleCases.Include(c => c.CaseFile!).ThenInclude(c => c.Team)
            .Where(c => c.AuditCycleId == cycle.Id && c.Status == CycleCaseStatus.Proposed)
            .ToListAsync(cancellationToken);
        if (lines.Count == 0)
        {
            return CommandResult.Failure(string.Empty, "Draw cases into the cycle before proposing auditors");
        }

        var auditors = await inputs.AuditorsAsync(cycle, excludingCycleCases: true, cancellationToken);
        var proposal = AllocationProposer.Propose(
            lines.Select(l => new ProposalCase(l.Id, CaseFacts.Of(l.CaseFile!), l.ToolKind)).ToList(), auditors);
        foreach (var line in proposal)
        {
            var row = lines.Single(l => l.Id == line.CaseId);
            row.ProposedAuditorId = line.AuditorId;
            row.Unassigned = line.Unassigned;
        }

        return await ProgrammeGuard.SaveAsync(db, cycle.Name, cancellationToken);
    }
}

/// <summary>The auditors as the proposal sees them, read in a handful of queries however many there are.</summary>
public sealed class ProposalInputs(AuditDbContext db, AllocationRules rules, TimeProvider clock)
{
    private static readonly AuditState[] OpenForAuditor = [AuditState.Allocated, AuditState.InProgress, AuditState.ReturnedToAuditor];

    /// <param name="excludingCycleCases">True to leave the cycle's current proposals out of what each auditor already has (they are being redone).</param>
    public async Task<IReadOnlyList<ProposalAuditor>> AuditorsAsync(AuditCycle cycle, bool excludingCycleCases, CancellationToken cancellationToken)
    {
        var facts = await rules.FactsAsync(null, cancellationToken);
        var ids = facts.Select(f => f.Id).ToList();
        var open = await db.CaseAudits.Where(a => ids.Contains(a.AuditorId) && OpenForAuditor.Contains(a.State))
            .GroupBy(a => a.AuditorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var inCycle = await db.CaseAudits.Where(a => a.AuditCycleId == cycle.Id && a.State != AuditState.Cancelled && ids.Contains(a.AuditorId))
            .GroupBy(a => a.AuditorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var proposed = excludingCycleCases
            ? []
            : await db.CycleCases.Where(c => c.AuditCycleId == cycle.Id && c.Status == CycleCaseStatus.Proposed && c.ProposedAuditorId != null)
                .GroupBy(c => c.ProposedAuditorId!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var capacity = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.MonthlyAuditCapacity })
            .ToDictionaryAsync(x => x.Id, x => x.MonthlyAuditCapacity, cancellationToken);
        var today = UkTime.Today(clock);
        var absences = await db.StaffAbsences.AsNoTracking().Where(a => ids.Contains(a.StaffMemberId) && a.From <= cycle.DueDate && a.To >= today)
            .ToListAsync(cancellationToken);
        var away = absences.Where(a => Away(a, today, cycle.DueDate)).Select(a => a.StaffMemberId).ToHashSet();
        return facts.Select(f => new ProposalAuditor(f,
                open.GetValueOrDefault(f.Id) + proposed.GetValueOrDefault(f.Id),
                inCycle.GetValueOrDefault(f.Id) + proposed.GetValueOrDefault(f.Id),
                capacity.GetValueOrDefault(f.Id), away.Contains(f.Id)))
            .ToList();
    }

    /// <summary>Away for the cycle: on leave on its due date, or for a working week or more before it.</summary>
    public static bool Away(StaffAbsence absence, DateOnly today, DateOnly dueDate)
    {
        var from = absence.From > today ? absence.From : today;
        var to = absence.To < dueDate ? absence.To : dueDate;
        return to >= from && (absence.From <= dueDate && absence.To >= dueDate || to.DayNumber - from.DayNumber + 1 >= AwayDays);
    }

    public const int AwayDays = 5;
}
