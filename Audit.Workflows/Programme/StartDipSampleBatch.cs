using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>Where a thematic dip sample's cases come from.</summary>
public enum DipSampleCases
{
    /// <summary>The thematic dip sample cases already drawn into the cycle and not yet allocated or in a batch.</summary>
    FromDraw,
    /// <summary>A new random draw (<see cref="DrawCasesHandler"/>) of one type of case in one service area.</summary>
    Sample,
}

/// <summary>
/// Start a thematic dip sample in a cycle: a theme (<see cref="ToolVersionId"/>), an optional name, and its cases —
/// the cycle's drawn dip-sample cases, or <see cref="Count"/> cases sampled as a draw is.
/// </summary>
public sealed record StartDipSampleBatchCommand(int CycleId, int? ToolVersionId, string? Name, DipSampleCases? Cases,
    int? ServiceAreaId, CaseType? CaseType, int? Count, int? ExcludedMonths, int? Seed);

/// <summary>
/// The QA lead starts a thematic dip sample. Its cases become lines of the cycle's proposal, marked with the batch,
/// so they are proposed, changed and confirmed like every other case (the same conflict and capacity rules), and
/// each audit confirmed records the batch and uses its theme. The batch and its cases are saved together or not at all.
/// </summary>
public sealed class StartDipSampleBatchHandler(AuditDbContext db, AuditAccess access, DrawCasesHandler draw, TimeProvider clock)
{
    public async Task<CommandResult<DipSampleBatch>> HandleAsync(StartDipSampleBatchCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
    {
        var (cycle, refusal) = await ProgrammeGuard.CycleForQaLeadAsync(db, access, command.CycleId, null, actorId, cancellationToken);
        if (refusal is not null)
        {
            return CommandResult<DipSampleBatch>.Failure(refusal);
        }

        if (cycle!.Status == CycleStatus.Closed)
        {
            return CommandResult<DipSampleBatch>.Failure(string.Empty, $"{cycle.Name} is closed: reopen it to start a thematic dip sample");
        }

        var themes = await DipSampleThemes.PublishedAsync(db, cancellationToken);
        var theme = themes.FirstOrDefault(t => t.ToolVersionId == command.ToolVersionId);
        var errors = Check(command, theme);
        var waiting = await WaitingLines(cycle.Id).ToListAsync(cancellationToken);
        if (command.Cases == DipSampleCases.FromDraw && waiting.Count == 0)
        {
            errors.AddError(nameof(command.Cases), "No thematic dip sample cases are waiting in this programme: sample cases for the batch instead");
        }

        errors = CommandResult.WithFormErrors(formErrors, errors);
        if (command.Cases != DipSampleCases.Sample && !errors.Succeeded)
        {
            return CommandResult<DipSampleBatch>.Failure(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        List<CycleCase> lines = waiting;
        if (command.Cases == DipSampleCases.Sample)
        {
            // The draw checks its own fields and lists them with every problem found so far; it draws nothing unless all are right.
            var drawn = await draw.HandleAsync(
                new DrawCasesCommand(cycle.Id, command.ServiceAreaId, command.CaseType, command.Count, command.ExcludedMonths, command.Seed, ToolKind.DipSample),
                actorId, errors, cancellationToken);
            if (!drawn.Succeeded)
            {
                return CommandResult<DipSampleBatch>.Failure(drawn.Outcome);
            }

            if (drawn.Value!.Drawn == 0)
            {
                return CommandResult<DipSampleBatch>.Failure(nameof(command.Count),
                    "No case could be drawn: every case of that type in the service area is closed, audited recently or already in this programme");
            }

            var drawId = drawn.Value.Id;
            lines = await db.CycleCases.Where(c => c.CycleDrawId == drawId && c.Status == CycleCaseStatus.Proposed).ToListAsync(cancellationToken);
        }

        var name = string.IsNullOrWhiteSpace(command.Name) ? DefaultName(theme!.Theme, cycle.Name) : command.Name.Trim();
        var batch = new DipSampleBatch { AuditCycleId = cycle.Id, ToolVersionId = theme!.ToolVersionId, Name = name, CreatedAt = clock.GetUtcNow(), CreatedById = actorId };
        db.DipSampleBatches.Add(batch);
        foreach (var line in lines)
        {
            line.DipSampleBatch = batch;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<DipSampleBatch>.Success(batch);
    }

    /// <summary>"The voice of the child, December 2026".</summary>
    public static string DefaultName(string theme, string cycleName) => $"{DipSampleThemes.Capitalised(theme)}, {cycleName}";

    private IQueryable<CycleCase> WaitingLines(int cycleId) => db.CycleCases.Where(c => c.AuditCycleId == cycleId
        && c.Status == CycleCaseStatus.Proposed && c.ToolKind == ToolKind.DipSample && c.DipSampleBatchId == null);

    private static CommandResult Check(StartDipSampleBatchCommand command, DipSampleTheme? theme)
    {
        var errors = new CommandResult();
        if (theme is null)
        {
            errors.AddError(nameof(command.ToolVersionId), "Select a theme");
        }

        if (command.Name is { } name && name.Trim().Length > Limits.OrganisationName)
        {
            errors.AddError(nameof(command.Name), $"The name must be {Limits.OrganisationName} characters or fewer");
        }

        if (command.Cases is not { } cases || !Enum.IsDefined(cases))
        {
            errors.AddError(nameof(command.Cases), "Select where the cases come from");
        }

        return errors;
    }
}
