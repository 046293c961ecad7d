using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Allocation;

/// <summary>
/// Who may audit a case. Good practice in the QA framework: an auditor never audits their own case, a case in
/// their own team, or a case where they manage the practitioner.
/// </summary>
public sealed class AllocationRules(AuditDbContext db)
{
    /// <summary>Why this person cannot audit this case, or null when they can. The case's team must be loaded.</summary>
    public Task<string?> ConflictAsync(string? auditorId, CaseFile caseFile, CancellationToken cancellationToken = default) =>
        ConflictAsync(auditorId, caseFile, ToolKind.DeepDive, cancellationToken);

    /// <summary>
    /// As above, for a tool: a practice observation is carried out by a practice improvement manager, who watches
    /// the practitioner's visit or meeting and gives feedback.
    /// </summary>
    public async Task<string?> ConflictAsync(string? auditorId, CaseFile caseFile, ToolKind tool, CancellationToken cancellationToken = default)
    {
        var auditor = auditorId is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == auditorId, cancellationToken);
        if (auditor is null || !auditor.IsActive || !await IsAuditorAsync(auditor.Id, cancellationToken))
        {
            return "Select an auditor from the list";
        }

        if (tool == ToolKind.PracticeObservation
            && !await db.UserRoles.AnyAsync(ur => ur.UserId == auditor.Id && ur.RoleId == Roles.IdOf(Roles.PracticeImprovementManager), cancellationToken))
        {
            return $"{auditor.FullName} is not a practice improvement manager, so cannot carry out a practice observation";
        }

        if (caseFile.PractitionerId == auditor.Id)
        {
            return $"{auditor.FullName} is the practitioner on this case, so cannot audit it";
        }

        if (caseFile.Team?.TeamManagerId == auditor.Id)
        {
            return $"{auditor.FullName} manages the practitioner's team, so cannot audit this case";
        }

        if (auditor.TeamId is { } teamId && teamId == caseFile.TeamId)
        {
            return $"{auditor.FullName} works in the same team as the practitioner, so cannot audit this case";
        }

        return null;
    }

    private Task<bool> IsAuditorAsync(string staffId, CancellationToken cancellationToken) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == staffId && ur.RoleId == Roles.IdOf(Roles.Auditor), cancellationToken);
}
