using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// The parts of an audit a command reads besides its own row, case, organisation and tool version (which every
/// command loads: the workflow's guards and <see cref="Stages.StageHolding"/> read them). A command declares the
/// parts its handler reads (<see cref="Commands.IAuditCommand.Reads"/>); the default is all of them.
/// </summary>
[Flags]
public enum AuditParts
{
    None = 0,
    Actions = 1,

    /// <summary>The reflective conversations with their invitees.</summary>
    Conversations = 2,
    ExtensionRequests = 4,

    /// <summary>Every part a guard may read; what a command that declares nothing loads.</summary>
    All = Actions | Conversations | ExtensionRequests,

    /// <summary>
    /// The audit's open deadlines, read in the audit's statement, for a command that hands one over: the deadline
    /// scheduler then finds them tracked and reads none (<see cref="AuditAccess.OpenDeadlinesLoaded"/>). Not in
    /// <see cref="All"/>: a command asks for it.
    /// </summary>
    OpenDeadlines = 8,
}

public sealed partial class AuditAccess
{
    /// <summary>
    /// The audit a command changes, tracked, when this person may see it — or, for a command on an action, may act on
    /// that action (<see cref="FindForActionAsync"/>). Loaded for the unit of work, narrower than
    /// <see cref="FindVisibleAsync"/>: the audit's rows and organisation, its tool version (for the grading scale), the
    /// <paramref name="parts"/> the command reads, and the people on it and the person acting read narrow in one
    /// query (<see cref="StaffOnAudit"/>). A part not loaded is left null, not empty: whatever reads it — a guard, a
    /// handler, an <see cref="AuditActor"/> flag — fails loudly instead of taking "no actions" for an answer.
    /// </summary>
    public async Task<CaseAudit?> FindForCommandAsync(int auditId, int? actionId, string staffId, AuditParts parts = AuditParts.All,
        CancellationToken cancellationToken = default)
    {
        var audit = await LoadAsync(auditId, actionId, staffId, parts, cancellationToken);
        if (audit is null)
        {
            return null;
        }

        LeaveUnloadedNull(audit);
        var directorate = audit.CaseFile?.Team?.ServiceArea?.Directorate;
        var conversations = Loaded(audit.Conversations) ?? [];
        await db.TrackPeopleAsync(
            new[] { staffId, audit.AuditorId, audit.ModerationTakenById, audit.StandInId, audit.CaseFile?.PractitionerId,
                    audit.CaseFile?.Team?.ServiceArea?.ServiceManagerId, directorate?.AssistantDirectorId }
                .Concat(conversations.Select(c => c.OrganiserId))
                .Concat(conversations.SelectMany(c => c.Invitees).Select(i => i.StaffId)),
            cancellationToken);
        return audit;
    }

    /// <summary>
    /// Sets the collections EF Core has not loaded on this (tracked) audit to null. Only those it has not loaded: one
    /// an earlier command in the same scope loaded stays as it is (EF Core would take a loaded collection set to null
    /// for its rows removed). EF Core handles a null collection: it makes a list when it must add to it.
    /// </summary>
    private void LeaveUnloadedNull(CaseAudit audit)
    {
        // Just loaded: nothing to detect. Named, not as lambdas: a lambda is an expression tree built on every call.
        var entry = db.WithoutDetectingChanges(() => db.Entry(audit));
        if (!entry.Collection(nameof(CaseAudit.Actions)).IsLoaded)
        {
            audit.Actions = null!;
        }

        if (!entry.Collection(nameof(CaseAudit.Conversations)).IsLoaded)
        {
            audit.Conversations = null!;
        }

        if (!entry.Collection(nameof(CaseAudit.ExtensionRequests)).IsLoaded)
        {
            audit.ExtensionRequests = null!;
        }
    }

    /// <summary>The collection, or null when the command did not load it (<see cref="FindForCommandAsync"/>).</summary>
    private static List<T>? Loaded<T>(List<T>? collection) => collection;
}
