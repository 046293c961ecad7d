using System.Security.Cryptography;

namespace Audit.Web.Infrastructure;

/// <summary>
/// Security headers on every response. The Content-Security-Policy allows scripts only from this site and from
/// inline blocks carrying the per-request nonce; no 'unsafe-inline' anywhere.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string NonceItemKey = "csp-nonce";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItemKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; " +
                "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!headers.ContainsKey("Cache-Control") && context.User.Identity?.IsAuthenticated == true)
            {
                // Pages for signed-in staff hold sensitive information: keep them out of shared and browser caches.
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}

public static class CspNonceExtensions
{
    public static string CspNonce(this HttpContext context) => context.Items[SecurityHeaders.NonceItemKey] as string ?? string.Empty;
}
