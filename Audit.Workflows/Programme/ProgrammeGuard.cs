using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>Who may change the programme (a QA lead), and the stale-edit check every change to a cycle makes.</summary>
internal static class ProgrammeGuard
{
    public const string OnlyQaLead = "Only a QA lead can plan the audit programme";

    public static async Task<CommandResult?> RefuseUnlessQaLeadAsync(AuditAccess access, string actorId, CancellationToken cancellationToken) =>
        (await access.RolesOfAsync(actorId, cancellationToken)).Contains(Roles.QaLead) ? null : CommandResult.Failure(string.Empty, OnlyQaLead);

    public static async Task<(AuditCycle? Cycle, CommandResult? Refusal)> CycleForQaLeadAsync(
        AuditDbContext db, AuditAccess access, int cycleId, int? version, string actorId, CancellationToken cancellationToken)
    {
        if (await RefuseUnlessQaLeadAsync(access, actorId, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }

        var cycle = await db.AuditCycles.Include(c => c.Plans).FirstOrDefaultAsync(c => c.Id == cycleId, cancellationToken);
        if (cycle is null)
        {
            return (null, CommandResult.Failure(string.Empty, "The cycle could not be found"));
        }

        if (version is { } v && v != cycle.Version)
        {
            return (null, CommandResult.Conflict($"{cycle.Name} was changed by someone else — review it and try again"));
        }

        return (cycle, null);
    }

    public static async Task<CommandResult> SaveAsync(AuditDbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict($"{what} was changed by someone else — review it and try again");
        }
    }
}
