using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Routing.Controllers;

namespace Audit.Web.Feeds;

/// <summary>
/// One OData entity set: its rows over the token owner's reporting scope, filtered, selected, ordered and paged by
/// OData in the database. Read only: there is nothing here but GET.
/// </summary>
[Authorize(Policy = PageAuthorization.Feeds)]
public abstract class FeedController<T>(FeedQueries feeds) : ODataController
{
    protected FeedQueries Feeds { get; } = feeds;

    [EnableQuery(PageSize = FeedSetup.PageSize, MaxTop = FeedSetup.MaxTop,
        AllowedQueryOptions = AllowedQueryOptions.Select | AllowedQueryOptions.Filter | AllowedQueryOptions.OrderBy
            | AllowedQueryOptions.Top | AllowedQueryOptions.Skip | AllowedQueryOptions.Count | AllowedQueryOptions.SkipToken | AllowedQueryOptions.Format)]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        var scope = await Feeds.ScopeAsync(User.StaffMemberId()!, cancellationToken);
        return scope is null ? Forbid(FeedTokenAuthentication.SchemeName) : Ok(Rows(scope));
    }

    protected abstract IQueryable<T> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope);
}

public sealed class AuditsController(FeedQueries feeds) : FeedController<AuditFeedRow>(feeds)
{
    protected override IQueryable<AuditFeedRow> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope) => FeedQueries.AuditRows(scope).OrderBy(r => r.Id);
}

public sealed class SectionsController(FeedQueries feeds) : FeedController<SectionFeedRow>(feeds)
{
    protected override IQueryable<SectionFeedRow> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope) => FeedQueries.SectionRows(scope).OrderBy(r => r.Id);
}

public sealed class ActionsController(FeedQueries feeds) : FeedController<ActionFeedRow>(feeds)
{
    protected override IQueryable<ActionFeedRow> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope) => Feeds.ActionRows(scope).OrderBy(r => r.Id);
}

public sealed class ModerationOutcomesController(FeedQueries feeds) : FeedController<ModerationFeedRow>(feeds)
{
    protected override IQueryable<ModerationFeedRow> Rows(IQueryable<Audit.Data.Models.CaseAudit> scope) => FeedQueries.ModerationRows(scope).OrderBy(r => r.Id);
}
