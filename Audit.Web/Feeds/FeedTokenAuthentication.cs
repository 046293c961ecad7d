using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Audit.Web.Feeds;

/// <summary>
/// The feeds' own sign-in, used on /feeds only: a personal access token sent as <c>Authorization: Bearer &lt;token&gt;</c>
/// or as the password of HTTP Basic with any user name (what Power BI's and Excel's OData and web connectors send).
/// No token, or one that is wrong, expired, revoked or whose owner is deactivated, is answered 401 with a Basic
/// challenge so the connector asks for credentials. The person signed in is the token's owner, so their reporting
/// scope applies. Cookies play no part.
/// </summary>
public sealed class FeedTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "FeedToken";
    public const string Challenge = "Basic realm=\"Audit feeds\", charset=\"UTF-8\"";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization.ToString(), out var header))
        {
            return AuthenticateResult.NoResult();
        }

        var token = ReadToken(header);
        if (token is null)
        {
            return AuthenticateResult.Fail("The Authorization header holds no token.");
        }

        var ownerId = await tokens.AuthenticateAsync(token, Context.RequestAborted);
        if (ownerId is null)
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked, or its owner is deactivated.");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, ownerId)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Challenge;
        return Task.CompletedTask;
    }

    /// <summary>The token from "Bearer token" or from the password of "Basic base64(user:token)"; null when unreadable.</summary>
    internal static string? ReadToken(AuthenticationHeaderValue header)
    {
        if (string.IsNullOrWhiteSpace(header.Parameter))
        {
            return null;
        }

        if (header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return header.Parameter.Trim();
        }

        if (!header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter.Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 || colon == pair.Length - 1 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
