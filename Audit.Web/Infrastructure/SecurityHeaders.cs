using System.Security.Cryptography;

namespace Audit.Web.Infrastructure;

/// <summary>
/// Security headers on every response. The Content-Security-Policy allows scripts only from this site and from
/// inline blocks carrying the per-request nonce; no 'unsafe-inline' anywhere.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string NonceItemKey = "csp-nonce";

    /// <summary>Set by the one page drawn inside a sandboxed frame (the workflow diagram); see <see cref="DiagramFramePolicy"/>.</summary>
    public const string DiagramFrameItemKey = "csp-diagram-frame";

    /// <summary>
    /// Mermaid draws with inline styles. Rather than allow those on any page holding people's words, the diagram is
    /// drawn in its own document: framed only by this site, sandboxed (scripts but no same-origin access, so no
    /// cookies or parent page), holding nothing but the workflow definition — and only there may styles be inline.
    /// </summary>
    public const string DiagramFramePolicy =
        "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-scripts";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItemKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var diagramFrame = context.Items.ContainsKey(DiagramFrameItemKey);
            headers.ContentSecurityPolicy = diagramFrame
                ? DiagramFramePolicy
                : $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; " +
                  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = diagramFrame ? "SAMEORIGIN" : "DENY";
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
