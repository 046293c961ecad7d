using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>
/// The QA lead confirms the proposal: every proposed line becomes an audit in one transaction, due on the cycle's
/// date, and each auditor gets one email listing their new audits by reference. The rules are checked again line by
/// line, since people and cases may have changed since the proposal; nothing is allocated if any line fails.
/// </summary>
public sealed class ConfirmProposalHandler(
    AuditDbContext db, AuditAccess access, AllocationRules rules, AuditAllocation allocation, DeepDiveWorkflows workflows,
    ProgrammeEmails emails, TimeProvider clock)
{
    public async Task<CommandResult<int>> HandleAsync(ConfirmProposalCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var (cycle, refusal) = await ProgrammeGuard.CycleForQaLeadAsync(db, access, command.CycleId, command.Version, actorId, cancellationToken);
        if (refusal is not null)
        {
            return CommandResult<int>.Failure(refusal);
        }

        var today = UkTime.Today(clock);
        var lines = await db.CycleCases.Include(c => c.CaseFile!).ThenInclude(c => c.Team).Include(c => c.DipSampleBatch)
            .Where(c => c.AuditCycleId == cycle!.Id && c.Status == CycleCaseStatus.Proposed && c.ProposedAuditorId != null)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var errors = await CheckAsync(cycle!, lines, today, cancellationToken);
        if (!errors.Succeeded)
        {
            return CommandResult<int>.Failure(errors);
        }

        var settings = await workflows.SettingsAsync(cancellationToken);
        var versions = new Dictionary<ToolKind, int>();
        foreach (var tool in lines.Where(l => l.DipSampleBatchId is null).Select(l => l.ToolKind).Distinct())
        {
            versions[tool] = (await allocation.CurrentToolVersionAsync(tool, cancellationToken))!.Value;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var audits = new List<(CycleCase Line, CaseAudit Audit)>();
        foreach (var line in lines)
        {
            // A thematic dip sample's case uses its batch's theme, not whichever dip-sample version was published last.
            var version = line.DipSampleBatch?.ToolVersionId ?? versions[line.ToolKind];
            var audit = await allocation.AddAsync(line.CaseFile!, line.ProposedAuditorId!, line.ToolKind, version, cycle!.DueDate,
                actorId, now, cycle.Id, settings.ReminderLeadWorkingDays, cancellationToken, line.DipSampleBatchId);
            audits.Add((line, audit));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.IsUniqueViolation())
        {
            return CommandResult<int>.Failure(string.Empty, "Some of these cases were allocated by someone else at the same moment — review the proposal and try again");
        }

        foreach (var (line, audit) in audits)
        {
            line.Status = CycleCaseStatus.Allocated;
            line.CaseAuditId = audit.Id;
        }

        var auditorIds = audits.Select(a => a.Audit.AuditorId).Distinct().ToList();
        var auditors = await db.Users.Where(u => auditorIds.Contains(u.Id)).ToListAsync(cancellationToken);
        foreach (var group in audits.GroupBy(a => a.Audit.AuditorId))
        {
            emails.NewAudits(auditors.Single(u => u.Id == group.Key), cycle!, group.Select(g => g.Audit).ToList());
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<int>.Success(audits.Count);
    }

    private async Task<CommandResult> CheckAsync(AuditCycle cycle, List<CycleCase> lines, DateOnly today, CancellationToken cancellationToken)
    {
        var errors = new CommandResult();
        if (cycle.Status == CycleStatus.Closed)
        {
            return errors.AddError(string.Empty, $"{cycle.Name} is closed: reopen it to allocate its cases");
        }

        if (lines.Count == 0)
        {
            return errors.AddError(string.Empty, "No case has a proposed auditor yet: propose auditors first");
        }

        if (cycle.DueDate <= today)
        {
            errors.AddError(string.Empty, $"The cycle's due date has passed: change it to a date in the future first");
        }

        var facts = (await rules.FactsAsync(lines.Select(l => l.ProposedAuditorId!).Distinct().ToList(), cancellationToken)).ToDictionary(f => f.Id);
        var caseIds = lines.Select(l => l.CaseFileId).ToList();
        var open = (await db.CaseAudits.Where(a => caseIds.Contains(a.CaseFileId) && a.State != AuditState.Closed && a.State != AuditState.Cancelled)
            .Select(a => a.CaseFileId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var line in lines)
        {
            if (AllocationConflicts.Conflict(facts.GetValueOrDefault(line.ProposedAuditorId!), CaseFacts.Of(line.CaseFile!), line.ToolKind) is { } conflict)
            {
                errors.AddError($"line-{line.Id}", $"Case {line.CaseFile!.Reference}: {conflict}");
            }

            if (open.Contains(line.CaseFileId))
            {
                errors.AddError($"line-{line.Id}", $"Case {line.CaseFile!.Reference} already has an open audit: remove it from the cycle");
            }
        }

        foreach (var tool in lines.Where(l => l.DipSampleBatchId is null).Select(l => l.ToolKind).Distinct())
        {
            if (await allocation.CurrentToolVersionAsync(tool, cancellationToken) is null)
            {
                errors.AddError(string.Empty, $"The {Tools.ToolKinds.Wording(tool)} tool has no published version yet");
            }
        }

        return errors;
    }
}
