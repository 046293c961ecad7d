using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Settings;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// Makes the workflow for one audit as one person sees it, with the QA lead's current policy. Every question "may
/// this person do this now?" and every command goes through here, so there is one way to ask.
/// </summary>
public sealed class DeepDiveWorkflows(AuditDbContext db, AuditAccess access, WorkflowPolicyCache cache)
{
    private WorkflowSettings? settings;

    /// <summary>The QA lead's settings, from the shared cache (<see cref="WorkflowPolicyCache"/>), the same for the whole request or command.</summary>
    public async Task<WorkflowSettings> SettingsAsync(CancellationToken cancellationToken = default) =>
        settings ??= await cache.SettingsAsync(db, cancellationToken);

    public async Task<ModerationPolicy> PolicyAsync(CancellationToken cancellationToken = default) =>
        new(await SettingsAsync(cancellationToken));

    /// <summary>The workflow of <paramref name="audit"/> (loaded by <see cref="AuditAccess.FindVisibleAsync"/>) for this person.</summary>
    public async Task<DeepDiveWorkflow> ForAsync(CaseAudit audit, string staffId, CancellationToken cancellationToken = default) =>
        new(audit, await access.ActorAsync(staffId, audit, cancellationToken), await PolicyAsync(cancellationToken));

    /// <summary>The workflow of <paramref name="audit"/> for Audit itself, for steps it takes by its own rules.</summary>
    public async Task<DeepDiveWorkflow> ForSystemAsync(CaseAudit audit, CancellationToken cancellationToken = default) =>
        new(audit, AuditActor.System, await PolicyAsync(cancellationToken));

    /// <summary>Whether this person may fire the trigger on this audit now, and the reason when not.</summary>
    public async Task<TriggerCheck> CheckAsync(CaseAudit audit, string staffId, AuditTrigger trigger, CancellationToken cancellationToken = default) =>
        (await ForAsync(audit, staffId, cancellationToken)).Check(trigger);
}
