using Audit.Data;
using Audit.Web.Feeds;
using Audit.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.Options;

namespace Audit.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>When false, plain HTTP is served (local development and browser tests). Defaults to true outside Development.</summary>
    public const string RequireHttpsKey = "Audit:RequireHttps";

    public static IServiceCollection AddAuditWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var requireHttps = configuration.GetValue(RequireHttpsKey, !environment.IsDevelopment());
        services.AddDevelopmentBaseUrl(configuration, environment);

        services.AddRazorPages(o =>
        {
            o.Conventions.Add(new PageRouteTransformerConvention(new KebabCaseRouteTransformer()));
            PageAuthorization.Apply(o.Conventions);
            o.Conventions.ConfigureFilter(new FormBindingFilter());
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.AddAuthorization(PageAuthorization.AddPolicies);

        var dataProtection = services.AddDataProtection()
            .SetApplicationName("Audit")
            .PersistKeysToDbContext<AuditDbContext>();
        if (DataProtectionCertificate.Load(configuration) is { } certificate)
        {
            // Keys at rest are encrypted, so a copy of the database cannot forge sign-in cookies.
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "audit.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            // Signed out after 30 minutes without a request; each request restarts the clock.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                // Show the 403 page at the address they asked for, rather than redirecting to an error address.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Deactivation and password changes update the security stamp; other sessions notice within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // Identity's validator is resolved from the request's services (and with it SignInManager, UserManager and a
        // context) before it looks at the cookie's age, so on every request; it is called only when its own test
        // (issued longer ago than the interval, or no issue time) says it will check the stamp. After every other
        // configuration, so it wraps whatever validator Identity set.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<SecurityStampValidatorOptions>>((cookie, stamps) =>
                cookie.Events.OnValidatePrincipal = SecurityStampDue.Wrap(cookie.Events.OnValidatePrincipal, stamps.Value));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "audit.antiforgery";
            o.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        services.AddScoped<Navigation>();
        services.AddAuditFeeds();
        return services;
    }

    public static WebApplication UseAuditWeb(this WebApplication app)
    {
        var requireHttps = app.Configuration.GetValue(RequireHttpsKey, !app.Environment.IsDevelopment());
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/errors/500");
        }

        if (requireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseFeedResponses();
        app.UseMiddleware<UnreadableForm>();
        app.UseStaticFiles();
        app.UseRouting();
        // The feeds sign in by token alone (their policy names the scheme): the site's cookie is never read on
        // them, so a browser's session is neither used nor renewed there.
        app.UseWhen(context => !FeedSetup.IsFeedRequest(context), site => site.UseAuthentication());
        app.UseMiddleware<RequireTwoFactorSetup>();
        app.UseAuthorization();
        app.MapRazorPages();
        // The only controllers are the feeds (OData's service and metadata documents included): token sign-in only.
        app.MapControllers().RequireAuthorization(PageAuthorization.Feeds);
        app.MapHealth();
        return app;
    }
}
