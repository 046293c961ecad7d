using Audit.Data.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Audit.Web.Infrastructure;

/// <summary>
/// Who may open which pages, in one place. Every page needs a signed-in person unless listed as public here; each
/// folder of role-restricted pages names its policy here, not in page models.
/// </summary>
public static class PageAuthorization
{
    public const string QaLead = "QaLead";
    public const string Moderation = "Moderation";
    /// <summary>Leaders who see reports; what each of them sees is scoped by <c>AuditAccess.ReportableToAsync</c>.</summary>
    public const string Reporting = "Reporting";

    /// <summary>The Power BI and Excel feeds: signed in by a personal access token only, never by the site's cookie.</summary>
    public const string Feeds = "Feeds";

    public static readonly string[] ReportingRoles = [Roles.QaLead, Roles.PracticeImprovementManager, Roles.AssistantDirector, Roles.ServiceManager];

    public static void AddPolicies(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(QaLead, p => p.RequireAuthenticatedUser().RequireRole(Roles.QaLead));
        options.AddPolicy(Moderation, p => p.RequireAuthenticatedUser().RequireRole(Roles.PracticeImprovementManager, Roles.QaLead));
        options.AddPolicy(Reporting, p => p.RequireAuthenticatedUser().RequireRole(ReportingRoles));
        // What a token reads is its owner's reporting scope (AuditAccess.ReportableToAsync), checked by each feed.
        options.AddPolicy(Feeds, p => p.AddAuthenticationSchemes(Audit.Web.Feeds.FeedTokenAuthentication.SchemeName).RequireAuthenticatedUser());
    }

    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Admin", QaLead);
        conventions.AuthorizeFolder("/Moderation", Moderation);
        conventions.AuthorizeFolder("/Reports", Reporting);
        conventions.AuthorizePage("/Actions/Owners", QaLead);

        conventions.AllowAnonymousToPage("/Account/SignIn");
        conventions.AllowAnonymousToPage("/Account/SignInCode");
        conventions.AllowAnonymousToPage("/Account/ForgotPassword");
        conventions.AllowAnonymousToPage("/Account/ResetPassword");
        conventions.AllowAnonymousToPage("/Account/Invitation");
        conventions.AllowAnonymousToPage("/Account/SignedOut");
        conventions.AllowAnonymousToFolder("/Errors");
        // The drawing of the workflow definition: no one's data, and its sandboxed frame sends no sign-in cookie.
        conventions.AllowAnonymousToPage("/Audits/WorkflowDiagram");
    }
}
