using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Extensions;

/// <summary>My work for a QA lead: each request for more time waiting for a decision that the workflow lets them make.</summary>
public sealed class ExtensionInbox(AuditDbContext db, AuditAccess access, DeepDiveWorkflows workflows) : IInboxSource
{
    public async Task<IEnumerable<InboxItem>> ItemsForAsync(string staffId, IReadOnlySet<string> roles, DateOnly today, CancellationToken cancellationToken)
    {
        if (!roles.Contains(Roles.QaLead))
        {
            return [];
        }

        var ids = await db.ExtensionRequests.AsNoTracking()
            .Where(r => r.Status == ExtensionRequestStatus.Open && r.RequestedById == r.CaseAudit!.AuditorId)
            .Select(r => r.CaseAuditId)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var items = new List<InboxItem>();
        foreach (var audit in await access.LoadManyAsync(ids, cancellationToken))
        {
            if ((await workflows.ForAsync(audit, staffId, cancellationToken)).Check(AuditTrigger.DecideExtension).IsAllowed
                && ExtensionPolicy.Open(audit) is { } request)
            {
                items.Add(new InboxItem(InboxTask.DecideExtension, audit.Id, audit.Reference, audit.State, DueDate: null,
                    IsOverdue: false, InboxPriority.Normal, request.RequestedAt, $"Due {audit.DueDate:d MMMM yyyy}, asked for {request.RequestedDueDate:d MMMM yyyy}",
                    Kind: audit.ToolKind));
            }
        }

        return items;
    }
}
