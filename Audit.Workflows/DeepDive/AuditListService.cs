using System.Globalization;
using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>Filters for a list of audits; each one only narrows what the person may already see.</summary>
public sealed record AuditListFilter(AuditState? State = null, string? AuditorId = null, bool OverdueOnly = false, string? Search = null, int Page = 1);

/// <summary>A page of audits: <see cref="Page"/> is the page shown, within 1 to <see cref="PageCount"/>.</summary>
public sealed record AuditListPage(IReadOnlyList<AuditListRow> Items, int Total, int Page, int PageCount)
{
    public int First => Items.Count == 0 ? 0 : ((Page - 1) * AuditListService.PageSize) + 1;
}

public sealed record AuditListRow(int Id, string CaseReference, CaseType CaseType, string TeamName, string AuditorName, AuditState State, DateOnly DueDate, bool IsOverdue)
{
    public string Reference => $"AUD-{Id:D6}";
}

/// <summary>
/// Lists of audits: the QA lead's list of every audit, and each person's list of the audits
/// <see cref="AuditAccess"/> lets them see. Overdue means a deadline of the audit's current stage has passed.
/// </summary>
public sealed class AuditListService(AuditDbContext db, AuditAccess access, TimeProvider clock)
{
    /// <summary>Audits per page of a list.</summary>
    public const int PageSize = 50;

    public async Task<AuditListPage> VisibleToAsync(string staffId, AuditListFilter filter, CancellationToken cancellationToken = default) =>
        await ListAsync(await access.VisibleToAsync(staffId, cancellationToken), filter, cancellationToken);

    /// <summary>Every audit, for the QA lead (the page's folder is restricted to QA leads).</summary>
    public Task<AuditListPage> AllAsync(AuditListFilter filter, CancellationToken cancellationToken = default) =>
        ListAsync(db.CaseAudits, filter, cancellationToken);

    private async Task<AuditListPage> ListAsync(IQueryable<CaseAudit> audits, AuditListFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = audits.AsNoTracking();
        if (filter.State is { } state)
        {
            query = query.Where(a => a.State == state);
        }

        if (!string.IsNullOrEmpty(filter.AuditorId))
        {
            query = query.Where(a => a.AuditorId == filter.AuditorId);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(a => db.Deadlines.Any(d => d.CaseAuditId == a.Id && d.CompletedAt == null && d.DueAt <= now));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToUpperInvariant();
            if (AuditId(term) is { } id)
            {
                query = query.Where(a => a.Id == id);
            }
            else
            {
                query = query.Where(a => a.CaseFile!.Reference.ToUpper().Contains(term));
            }
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(filter.Page, 1, pageCount);
        var items = await query
            .OrderByDescending(a => a.Id)
            .Skip((current - 1) * PageSize).Take(PageSize)
            .Select(a => new AuditListRow(
                a.Id,
                a.CaseFile!.Reference,
                a.CaseFile.CaseType,
                a.CaseFile.Team!.Name,
                a.Auditor!.FullName,
                a.State,
                a.DueDate,
                db.Deadlines.Any(d => d.CaseAuditId == a.Id && d.CompletedAt == null && d.DueAt <= now)))
            .ToListAsync(cancellationToken);
        return new AuditListPage(items, total, current, pageCount);
    }

    /// <summary>"AUD-000123" (or "AUD123") as the audit's id.</summary>
    private static int? AuditId(string term) =>
        term.StartsWith("AUD", StringComparison.Ordinal)
        && int.TryParse(term.AsSpan(3).TrimStart('-'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
