using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Notifications;

namespace Audit.Web.Infrastructure;

/// <summary>
/// /health for monitoring: 200 when the database answers, 503 when it does not. Anyone gets the status only; the
/// detail — the database and the email backlog, so a stuck sender is noticed ("degraded" when a message has failed
/// or waited over an hour) — goes to a signed-in QA lead or a monitor that sends the configured token in the
/// <c>X-Monitoring-Token</c> header (<c>Audit:MonitoringToken</c>).
/// </summary>
public static class HealthEndpoint
{
    public const string TokenHeader = "X-Monitoring-Token";
    public const string TokenKey = "Audit:MonitoringToken";
    public const string InstanceKey = "Audit:InstanceName";

    /// <summary>This instance's name in /health: <c>Audit:InstanceName</c>, else the machine name and process id.</summary>
    public static string InstanceName(IConfiguration configuration) =>
        configuration[InstanceKey] is { Length: > 0 } name ? name : $"{Environment.MachineName}:{Environment.ProcessId}";

    public static void MapHealth(this IEndpointRouteBuilder endpoints)
    {
        // Readiness for a load balancer: not ready while the database is unreachable or has migrations to apply.
        endpoints.MapGet("/health/ready", async (AuditDatabase database, CancellationToken ct) =>
        {
            try
            {
                return await database.CanConnectAsync(ct) && !await database.HasPendingMigrationsAsync(ct)
                    ? Results.Json(new { status = "ready" })
                    : Results.Json(new { status = "not ready" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                return Results.Json(new { status = "not ready" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();

        endpoints.MapGet("/health", async (HttpContext http, IConfiguration configuration, AuditDatabase database, OutboxAdministration outbox, TimeProvider clock, CancellationToken ct) =>
        {
            var detail = http.User.IsInRole(Roles.QaLead) || HasMonitoringToken(http, configuration);
            bool databaseUp;
            try
            {
                databaseUp = await database.CanConnectAsync(ct);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                databaseUp = false;
            }

            if (!databaseUp)
            {
                return detail
                    ? Results.Json(new { status = "unhealthy", database = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable)
                    : Results.Json(new { status = "unhealthy" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var summary = await outbox.SummariseAsync(ct);
            var oldestMinutes = summary.OldestPendingAt is { } oldest ? (int)(clock.GetUtcNow() - oldest).TotalMinutes : 0;
            var status = summary.Failed > 0 || oldestMinutes > 60 ? "degraded" : "healthy";
            if (!detail)
            {
                return Results.Json(new { status });
            }

            return Results.Json(new
            {
                status,
                instance = InstanceName(configuration),
                database = "ok",
                outbox = new { pending = summary.Pending, failed = summary.Failed, oldestPendingMinutes = oldestMinutes, sentLast24Hours = summary.SentLast24Hours },
            });
        }).AllowAnonymous();
    }

    /// <summary>The configured token, compared in constant time; no token configured means no monitor has one.</summary>
    private static bool HasMonitoringToken(HttpContext http, IConfiguration configuration)
    {
        var expected = configuration[TokenKey];
        if (string.IsNullOrEmpty(expected) || !http.Request.Headers.TryGetValue(TokenHeader, out var sent))
        {
            return false;
        }

        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(sent.ToString()), System.Text.Encoding.UTF8.GetBytes(expected));
    }
}
