using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.Tools;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive.Commands;

/// <summary>Allocates a case; <see cref="Tool"/> null means the usual tool for the case (<see cref="ToolKinds.DefaultFor"/>).</summary>
public sealed record AllocateCommand(int CaseFileId, string? AuditorId, DateOnly? DueDate, ToolKind? Tool = null);

/// <summary>
/// The QA lead gives a case to an auditor: the audit begins. One open audit per case — checked first for a clear
/// message, and enforced by a unique index so that two QA leads allocating the same case at once cannot both succeed.
/// </summary>
public sealed class AllocateHandler(
    AuditDbContext db, AuditAccess access, AllocationRules allocationRules, WorkingDays workingDays, AuditAllocation allocation,
    DeepDiveEmails emails, DeepDiveWorkflows workflows, TimeProvider clock)
{
    public Task<CommandResult<CaseAudit>> HandleAsync(AllocateCommand command, string actorId, CancellationToken cancellationToken = default) =>
        HandleAsync(command, actorId, CommandResult.Success, cancellationToken);

    /// <summary>Allocates, reporting what the form could not read (<paramref name="formErrors"/>) with every other problem.</summary>
    public async Task<CommandResult<CaseAudit>> HandleAsync(AllocateCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
    {
        var roles = await access.RolesOfAsync(actorId, cancellationToken);
        if (!roles.Contains(Roles.QaLead))
        {
            return CommandResult<CaseAudit>.Failure(string.Empty, "Only a QA lead can allocate audits");
        }

        var caseFile = await db.CaseFiles.Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == command.CaseFileId, cancellationToken);
        if (caseFile is null)
        {
            return CommandResult<CaseAudit>.Failure(nameof(command.CaseFileId), "Select a case from the list");
        }

        var settings = await workflows.SettingsAsync(cancellationToken);
        var result = new CommandResult();
        var toolKind = command.Tool ?? ToolKinds.DefaultFor(caseFile.CaseType);
        var toolVersionId = await allocation.CurrentToolVersionAsync(toolKind, cancellationToken);
        if (toolVersionId is null)
        {
            result.AddError(nameof(command.Tool), Enum.IsDefined(toolKind) ? $"The {toolKind.Wording()} tool has no published version yet" : "Select an audit tool");
        }
        else if (await allocationRules.ConflictAsync(command.AuditorId, caseFile, toolKind, cancellationToken) is { } conflict)
        {
            result.AddError(nameof(command.AuditorId), conflict);
        }

        var today = UkTime.Today(clock);
        var dueDate = command.DueDate ?? await workingDays.AddAsync(today, settings.DefaultAuditWorkingDays, cancellationToken);
        if (dueDate <= today)
        {
            result.AddError(nameof(command.DueDate), "Enter a due date in the future");
        }
        else if (dueDate > DateBounds.LatestDueDate(today))
        {
            result.AddError(nameof(command.DueDate), DateBounds.TooFarAhead(today));
        }

        if (await HasOpenAuditAsync(caseFile.Id, cancellationToken))
        {
            result.AddError(nameof(command.CaseFileId), AlreadyOpen(caseFile));
        }

        result = CommandResult.WithFormErrors(formErrors, result);
        if (!result.Succeeded)
        {
            return CommandResult<CaseAudit>.Failure(result);
        }

        var now = clock.GetUtcNow();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var audit = await allocation.AddAsync(caseFile, command.AuditorId!, toolKind, toolVersionId!.Value, dueDate, actorId, now,
                await allocation.CycleForAsync(today, cancellationToken), settings.ReminderLeadWorkingDays, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            // The email links to the audit, so it is written once the audit has its number — in the same transaction.
            emails.Allocated(audit, await db.PersonAsync(audit.AuditorId, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return CommandResult<CaseAudit>.Success(audit);
        }
        catch (DbUpdateException)
        {
            // Another QA lead allocated this case between our check and our save: the unique index refused ours.
            db.ChangeTracker.Clear();
            if (await HasOpenAuditAsync(caseFile.Id, cancellationToken))
            {
                return CommandResult<CaseAudit>.Failure(nameof(command.CaseFileId), AlreadyOpen(caseFile));
            }

            throw;
        }
    }

    private static string AlreadyOpen(CaseFile caseFile) =>
        $"Case {caseFile.Reference} already has an open audit";

    private Task<bool> HasOpenAuditAsync(int caseFileId, CancellationToken cancellationToken) =>
        db.CaseAudits.AnyAsync(a => a.CaseFileId == caseFileId && a.State != AuditState.Closed && a.State != AuditState.Cancelled, cancellationToken);
}
