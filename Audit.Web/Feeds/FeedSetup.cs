using Audit.Web.Infrastructure;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;
using Microsoft.OData.UriParser;

namespace Audit.Web.Feeds;

/// <summary>
/// The Power BI and Excel feeds: read-only OData v4 at /feeds/odata and CSV at /feeds/csv/{set}, the only MVC
/// controllers in the app, signed in only by <see cref="FeedTokenAuthentication"/>. Everything else stays Razor Pages.
/// </summary>
public static class FeedSetup
{
    public const string Prefix = "/feeds";
    public const string ODataRoute = "feeds/odata";

    /// <summary>Rows per page of an OData answer; Power BI follows the next-page link for the rest.</summary>
    public const int PageSize = 1000;
    public const int MaxTop = 10000;

    public static bool IsFeedRequest(HttpContext context) => context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddAuditFeeds(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, FeedTokenAuthentication>(FeedTokenAuthentication.SchemeName, null);
        services.AddControllers().AddOData(o => o
            .Select().Filter().OrderBy().Count().SetMaxTop(MaxTop)
            .AddRouteComponents(ODataRoute, Model(), s => s.AddSingleton<ODataUriResolver>(new StringAsEnumResolver { EnableCaseInsensitive = true })));
        return services;
    }

    /// <summary>Feed requests get no HTML error pages: a connector reads the status code and the challenge.</summary>
    public static void UseFeedResponses(this IApplicationBuilder app) =>
        app.UseWhen(IsFeedRequest, feeds => feeds.Use((context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            return next(context);
        }));

    public static IEdmModel Model()
    {
        var builder = new ODataConventionModelBuilder { Namespace = "Audit.Feeds", ContainerName = "AuditFeeds" };
        builder.EntitySet<AuditFeedRow>("Audits").EntityType.Name = "Audit";
        builder.EntitySet<SectionFeedRow>("Sections").EntityType.Name = "SectionGrade";
        builder.EntitySet<ActionFeedRow>("Actions").EntityType.Name = "Action";
        builder.EntitySet<ModerationFeedRow>("ModerationOutcomes").EntityType.Name = "ModerationOutcome";
        builder.EntitySet<DipSampleBatchFeedRow>("DipSampleBatches").EntityType.Name = "DipSampleBatch";
        return builder.GetEdmModel();
    }
}
