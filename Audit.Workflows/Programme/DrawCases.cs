using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Tools;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>
/// Draws cases at random for a month's programme: of one type in one service area, leaving out closed cases,
/// cases audited in the last months (or still being audited) and cases already in the cycle. The seed and every
/// count are recorded so the cycle page can say how the draw was made, and the same seed repeats it.
/// </summary>
public sealed class DrawCasesHandler(AuditDbContext db, AuditAccess access, TimeProvider clock)
{
    public async Task<CommandResult<CycleDraw>> HandleAsync(DrawCasesCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
    {
        var (cycle, refusal) = await ProgrammeGuard.CycleForQaLeadAsync(db, access, command.CycleId, null, actorId, cancellationToken);
        if (refusal is not null)
        {
            return CommandResult<CycleDraw>.Failure(refusal);
        }

        var errors = Check(command, cycle!, await db.ServiceAreas.AnyAsync(s => s.Id == command.ServiceAreaId, cancellationToken));
        errors = CommandResult.WithFormErrors(formErrors, errors);
        if (!errors.Succeeded)
        {
            return CommandResult<CycleDraw>.Failure(errors);
        }

        var now = clock.GetUtcNow();
        var months = command.ExcludedMonths ?? CycleLimits.DefaultExcludedMonths;
        var since = now.AddMonths(-months);
        var cases = await db.CaseFiles.AsNoTracking()
            .Where(c => c.Team!.ServiceAreaId == command.ServiceAreaId && c.CaseType == command.CaseType)
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.IsClosed,
                InCycle = db.CycleCases.Any(x => x.AuditCycleId == cycle!.Id && x.CaseFileId == c.Id && x.Status != CycleCaseStatus.Removed)
                    || c.Audits.Any(a => a.AuditCycleId == cycle!.Id && a.State != AuditState.Cancelled),
                Recent = c.Audits.Any(a => a.State != AuditState.Cancelled && (a.AllocatedAt >= since || (a.State != AuditState.Closed))),
            })
            .ToListAsync(cancellationToken);
        var closed = cases.Count(c => c.IsClosed);
        var inCycle = cases.Count(c => !c.IsClosed && c.InCycle);
        var recent = cases.Count(c => !c.IsClosed && !c.InCycle && c.Recent);
        var eligible = cases.Where(c => !c.IsClosed && !c.InCycle && !c.Recent).Select(c => c.Id).ToList();

        var seed = command.Seed ?? CaseSampler.NewSeed();
        var drawn = CaseSampler.Draw(eligible, command.Count!.Value, seed);
        var draw = new CycleDraw
        {
            AuditCycleId = cycle!.Id, Seed = seed, ServiceAreaId = command.ServiceAreaId!.Value, CaseType = command.CaseType!.Value,
            Requested = command.Count.Value, Drawn = drawn.Count, Eligible = eligible.Count, ExcludedMonths = months,
            ExcludedClosed = closed, ExcludedRecentlyAudited = recent, ExcludedInCycle = inCycle, DrawnAt = now, DrawnById = actorId,
        };
        // A thematic dip sample draws its cases inside its own transaction (StartDipSampleBatchHandler).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.CycleDraws.Add(draw);
        await db.SaveChangesAsync(cancellationToken);
        var tool = command.Tool ?? ToolKinds.DefaultFor(command.CaseType.Value);
        // A case removed from the cycle earlier and drawn again comes back rather than being added twice.
        var removed = await db.CycleCases.Where(x => x.AuditCycleId == cycle.Id && drawn.Contains(x.CaseFileId)).ToListAsync(cancellationToken);
        foreach (var caseId in drawn)
        {
            var line = removed.FirstOrDefault(r => r.CaseFileId == caseId);
            if (line is null)
            {
                line = new CycleCase { AuditCycleId = cycle.Id, CaseFileId = caseId };
                db.CycleCases.Add(line);
            }

            line.ToolKind = tool;
            // A case taken out of a thematic dip sample and drawn again is not in that sample any more.
            line.DipSampleBatchId = null;
            line.Status = CycleCaseStatus.Proposed;
            line.ProposedAuditorId = null;
            line.Unassigned = "Not proposed yet";
            line.CycleDrawId = draw.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return CommandResult<CycleDraw>.Success(draw);
    }

    private static CommandResult Check(DrawCasesCommand command, AuditCycle cycle, bool serviceAreaExists)
    {
        var errors = new CommandResult();
        if (cycle.Status == CycleStatus.Closed)
        {
            errors.AddError(string.Empty, $"{cycle.Name} is closed: reopen it to draw cases");
        }

        if (!serviceAreaExists)
        {
            errors.AddError(nameof(command.ServiceAreaId), "Select a service area");
        }

        if (command.CaseType is not { } type || !Enum.IsDefined(type))
        {
            errors.AddError(nameof(command.CaseType), "Select a type of case");
        }

        if (command.Count is null or < 1 or > CycleLimits.MaxDraw)
        {
            errors.AddError(nameof(command.Count), $"Enter how many cases to draw, from 1 to {CycleLimits.MaxDraw}");
        }

        if (command.ExcludedMonths is < 0 or > CycleLimits.MaxExcludedMonths)
        {
            errors.AddError(nameof(command.ExcludedMonths), $"Months must be a whole number from 0 to {CycleLimits.MaxExcludedMonths}");
        }

        if (command.Seed is < 1 or > CycleLimits.MaxSeed)
        {
            errors.AddError(nameof(command.Seed), $"The seed must be a whole number from 1 to {CycleLimits.MaxSeed:N0}, or left empty for a new draw");
        }

        if (command.Tool is { } tool && !Enum.IsDefined(tool))
        {
            errors.AddError(nameof(command.Tool), "Select an audit tool");
        }

        return errors;
    }
}
