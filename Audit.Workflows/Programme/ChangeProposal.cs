using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>
/// The QA lead changes who a drawn case is proposed to. The same rules as the proposal apply, each refusal with
/// its reason: no conflict, not away, room in their capacity.
/// </summary>
public sealed class ChangeProposalHandler(AuditDbContext db, AuditAccess access, AllocationRules rules, ProposalInputs inputs)
{
    public async Task<CommandResult> HandleAsync(ChangeProposalCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
    {
        var (line, refusal) = await ProposedLineAsync(db, access, command.CycleCaseId, command.Version, actorId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!formErrors.Succeeded)
        {
            return formErrors;
        }

        var facts = string.IsNullOrEmpty(command.AuditorId) ? null : (await rules.FactsAsync([command.AuditorId], cancellationToken)).FirstOrDefault();
        if (AllocationConflicts.Conflict(facts, CaseFacts.Of(line!.CaseFile!), line.ToolKind) is { } conflict)
        {
            return CommandResult.Failure(nameof(command.AuditorId), conflict);
        }

        if (line.ProposedAuditorId != facts!.Id)
        {
            var auditor = (await inputs.AuditorsAsync(line.Cycle!, excludingCycleCases: false, cancellationToken)).Single(a => a.Facts.Id == facts.Id);
            if (auditor.Away)
            {
                return CommandResult.Failure(nameof(command.AuditorId), $"{facts.FullName} is away while the cycle's audits are due");
            }

            if (auditor.InCycle >= auditor.Capacity)
            {
                return CommandResult.Failure(nameof(command.AuditorId),
                    $"{facts.FullName} already has {auditor.InCycle} audits this cycle, their monthly capacity of {auditor.Capacity}");
            }
        }

        line.ProposedAuditorId = facts.Id;
        line.Unassigned = null;
        return await ProgrammeGuard.SaveAsync(db, "This line", cancellationToken);
    }

    internal static async Task<(CycleCase? Line, CommandResult? Refusal)> ProposedLineAsync(
        AuditDbContext db, AuditAccess access, int cycleCaseId, int version, string actorId, CancellationToken cancellationToken)
    {
        if (await ProgrammeGuard.RefuseUnlessQaLeadAsync(access, actorId, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }

        var line = await db.CycleCases.Include(c => c.Cycle).Include(c => c.CaseFile!).ThenInclude(c => c.Team)
            .FirstOrDefaultAsync(c => c.Id == cycleCaseId, cancellationToken);
        if (line is null || line.Status != CycleCaseStatus.Proposed)
        {
            return (null, CommandResult.Failure(string.Empty, "This case is no longer waiting for an auditor"));
        }

        if (line.Cycle!.Status == CycleStatus.Closed)
        {
            return (null, CommandResult.Failure(string.Empty, $"{line.Cycle.Name} is closed: reopen it to change the proposal"));
        }

        return line.Version != version
            ? (null, CommandResult.Conflict("This line was changed by someone else — review it and try again"))
            : (line, null);
    }
}

/// <summary>The QA lead takes a drawn case out of the cycle before it is allocated.</summary>
public sealed class RemoveCycleCaseHandler(AuditDbContext db, AuditAccess access)
{
    public async Task<CommandResult> HandleAsync(RemoveCycleCaseCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var (line, refusal) = await ChangeProposalHandler.ProposedLineAsync(db, access, command.CycleCaseId, command.Version, actorId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        line!.Status = CycleCaseStatus.Removed;
        line.ProposedAuditorId = null;
        line.Unassigned = null;
        return await ProgrammeGuard.SaveAsync(db, "This line", cancellationToken);
    }
}
