using Audit.Workflows.Common;

namespace Audit.Web.Infrastructure;

/// <summary>
/// In Development, links in emails point at the address the app actually listens on (the first of <c>--urls</c>,
/// <c>ASPNETCORE_URLS</c> or the launch profile) unless <c>Audit:BaseUrl</c> is set. Outside Development the
/// configured base URL is used as it is: set it to the address staff use.
/// </summary>
public static class DevelopmentBaseUrl
{
    public const string Fallback = "http://localhost:5080";

    public static IServiceCollection AddDevelopmentBaseUrl(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration[$"{AppOptions.Section}:{nameof(AppOptions.BaseUrl)}"]))
        {
            var baseUrl = From(configuration["urls"]);
            services.PostConfigure<AppOptions>(o => o.BaseUrl = baseUrl);
        }

        return services;
    }

    /// <summary>The first listening address, with a wildcard host (*, +, 0.0.0.0, [::]) read as localhost.</summary>
    public static string From(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return Fallback;
        }

        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return Uri.TryCreate(first, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Authority)
            : Fallback;
    }
}
