using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Routing.Controllers;

namespace Audit.Web.Feeds;

/// <summary>
/// One OData entity set: its rows for the token owner's reporting scope, filtered, selected, ordered and paged by
/// OData. Read only: there is nothing here but GET.
/// </summary>
[Authorize(Policy = PageAuthorization.Feeds)]
public abstract class FeedController<T>(FeedQueries feeds) : ODataController
{
    protected FeedQueries Feeds { get; } = feeds;

    [EnableQuery(PageSize = FeedSetup.PageSize, MaxTop = FeedSetup.MaxTop,
        AllowedQueryOptions = AllowedQueryOptions.Select | AllowedQueryOptions.Filter | AllowedQueryOptions.OrderBy
            | AllowedQueryOptions.Top | AllowedQueryOptions.Skip | AllowedQueryOptions.Count | AllowedQueryOptions.SkipToken | AllowedQueryOptions.Format)]
    public async Task<IActionResult> Get(CancellationToken cancellationToken) =>
        await RowsAsync(User.StaffMemberId()!, cancellationToken) is { } rows ? Ok(rows) : Forbid(FeedTokenAuthentication.SchemeName);

    /// <summary>The rows this person's reports hold, or null when they see no reports.</summary>
    protected abstract Task<IQueryable<T>?> RowsAsync(string staffId, CancellationToken cancellationToken);
}

/// <summary>An entity set of rows over the audits in the token owner's scope, queried in the database.</summary>
public abstract class AuditFeedController<T>(FeedQueries feeds) : FeedController<T>(feeds)
{
    protected sealed override async Task<IQueryable<T>?> RowsAsync(string staffId, CancellationToken cancellationToken) =>
        await Feeds.ScopeAsync(staffId, cancellationToken) is { } scope ? Rows(scope) : null;

    protected abstract IQueryable<T> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope);
}

public sealed class AuditsController(FeedQueries feeds) : AuditFeedController<AuditFeedRow>(feeds)
{
    protected override IQueryable<AuditFeedRow> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope) => FeedQueries.AuditRows(scope).OrderBy(r => r.Id);
}

public sealed class SectionsController(FeedQueries feeds) : AuditFeedController<SectionFeedRow>(feeds)
{
    protected override IQueryable<SectionFeedRow> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope) => FeedQueries.SectionRows(scope).OrderBy(r => r.Id);
}

public sealed class ActionsController(FeedQueries feeds) : AuditFeedController<ActionFeedRow>(feeds)
{
    protected override IQueryable<ActionFeedRow> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope) => Feeds.ActionRows(scope).OrderBy(r => r.Id);
}

public sealed class ModerationOutcomesController(FeedQueries feeds) : AuditFeedController<ModerationFeedRow>(feeds)
{
    protected override IQueryable<ModerationFeedRow> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope) => FeedQueries.ModerationRows(scope).OrderBy(r => r.Id);
}

public sealed class DipSampleBatchesController(FeedQueries feeds) : FeedController<DipSampleBatchFeedRow>(feeds)
{
    protected override Task<IQueryable<DipSampleBatchFeedRow>?> RowsAsync(string staffId, CancellationToken cancellationToken) =>
        Feeds.DipSampleBatchRowsAsync(staffId, cancellationToken);
}
