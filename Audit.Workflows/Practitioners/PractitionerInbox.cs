using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Practitioners;

/// <summary>
/// My work for the practitioner whose work was audited, on their own audits whose grade is settled: reflections to
/// write, the findings to read with a response they may add while the audit is open, and — for a few weeks after
/// the grade was settled — findings now available. Whether they may write is the workflow's answer, asked per audit.
/// </summary>
public sealed class PractitionerInbox(AuditDbContext db, AuditAccess access, DeepDiveWorkflows workflows, TimeProvider clock) : IInboxSource
{
    /// <summary>How long newly available findings stay in My work once nothing else about them is asked of the practitioner.</summary>
    public static readonly TimeSpan FindingsNewFor = TimeSpan.FromDays(30);

    public async Task<IEnumerable<InboxItem>> ItemsForAsync(string staffId, IReadOnlySet<string> roles, DateOnly today, CancellationToken cancellationToken)
    {
        var recently = clock.GetUtcNow() - FindingsNewFor;
        var ids = await AuditsOf.For(db)(db, staffId, recently).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var items = new List<InboxItem>();
        foreach (var audit in await access.LoadManyAsync(ids, cancellationToken))
        {
            var workflow = await workflows.ForAsync(audit, staffId, cancellationToken);
            var since = audit.GradeConfirmedAt!.Value;
            if (audit.PractitionerReflections is null && workflow.Check(AuditTrigger.WriteReflections).IsAllowed)
            {
                items.Add(Item(InboxTask.WriteReflections, audit, since, "Only you can write them"));
            }

            if (audit.PractitionerResponse is null && audit.State.IsOpen() && workflow.Check(AuditTrigger.RespondToFindings).IsAllowed)
            {
                items.Add(Item(InboxTask.RespondToFindings, audit, since, "Your response is optional"));
            }
            else if (since > recently)
            {
                items.Add(Item(InboxTask.ReadFindings, audit, since, $"Available since {UkTime.ToUk(since):d MMMM yyyy}"));
            }
        }

        return items;
    }

    /// <summary>
    /// The practitioner's audits with anything to show them, compiled once (it runs on every page, for the
    /// navigation's count). Historic imports never enter the workflow, so they ask nothing of the practitioner.
    /// </summary>
    private static readonly CompiledQuery<Func<AuditDbContext, string, DateTimeOffset, IAsyncEnumerable<int>>> AuditsOf = new(() => EF.CompileAsyncQuery(
        (AuditDbContext db, string staffId, DateTimeOffset recently) => db.CaseAudits.AsNoTracking()
            .Where(a => a.CaseFile!.PractitionerId == staffId && a.GradeConfirmedAt != null && a.State != AuditState.Cancelled && !a.IsImported
                && (a.PractitionerReflections == null || a.PractitionerResponse == null || a.GradeConfirmedAt > recently))
            .Select(a => a.Id)));

    private static InboxItem Item(InboxTask task, CaseAudit audit, DateTimeOffset since, string detail) =>
        new(task, audit.Id, audit.Reference, audit.State, DueDate: null, IsOverdue: false, InboxPriority.Normal, since, detail, Kind: audit.ToolKind);
}
