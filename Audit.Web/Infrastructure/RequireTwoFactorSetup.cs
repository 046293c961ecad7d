using Audit.Workflows.Identity;

namespace Audit.Web.Infrastructure;

/// <summary>
/// QA leads and assistant directors must use an authenticator app: until they set one up, every page sends them
/// to the set-up page.
/// </summary>
public sealed class RequireTwoFactorSetup(RequestDelegate next)
{
    public const string SetUpPath = "/account/security/authenticator";

    private static readonly string[] AllowedPrefixes =
        [SetUpPath, "/account/sign-out", "/account/signed-out", "/errors", "/health", "/css", "/lib", "/js", "/images", "/favicon"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.MustSetUpTwoFactor()
            && !AllowedPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetUpPath + "?required=true");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
