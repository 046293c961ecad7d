using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Audit.Workflows.Reporting;
using Audit.Workflows.Reporting.Exports;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Audit.Web.Feeds;

/// <summary>The feeds' rows as CSV files, for Excel's "From Web" and scheduled downloads: the same rows as the OData sets, all of them.</summary>
[ApiController]
[Route("feeds/csv")]
[Authorize(Policy = PageAuthorization.Feeds)]
public sealed class CsvFeedController(FeedQueries feeds) : ControllerBase
{
    [HttpGet("{set}")]
    public async Task<IActionResult> Get(string set, CancellationToken cancellationToken)
    {
        if (!FeedQueries.Names.Contains(set))
        {
            return NotFound();
        }

        if (set == FeedQueries.DipSampleBatches)
        {
            return await feeds.DipSampleBatchRowsAsync(User.StaffMemberId()!, cancellationToken) is { } batches
                ? Csv(set, FeedCsv.Table(set, batches.ToList()))
                : Forbid(FeedTokenAuthentication.SchemeName);
        }

        if (await feeds.ScopeAsync(User.StaffMemberId()!, cancellationToken) is not { } scope)
        {
            return Forbid(FeedTokenAuthentication.SchemeName);
        }

        ReportTable table = set switch
        {
            FeedQueries.Audits => FeedCsv.Table(set, await FeedQueries.AuditRows(scope).OrderBy(r => r.Id).ToListAsync(cancellationToken)),
            FeedQueries.Sections => FeedCsv.Table(set, await FeedQueries.SectionRows(scope).OrderBy(r => r.Id).ToListAsync(cancellationToken)),
            FeedQueries.Actions => FeedCsv.Table(set, await feeds.ActionRows(scope).OrderBy(r => r.Id).ToListAsync(cancellationToken)),
            _ => FeedCsv.Table(set, await FeedQueries.ModerationRows(scope).OrderBy(r => r.Id).ToListAsync(cancellationToken)),
        };
        return Csv(set, table);
    }

    private FileContentResult Csv(string set, ReportTable table) => File(CsvExport.Write(table), "text/csv; charset=utf-8", $"audit-feed-{set}.csv");
}
