using Audit.Data;
using Audit.Workflows.Notifications;

namespace Audit.Web.Infrastructure;

/// <summary>
/// /health for monitoring: 200 when the database answers, 503 when it does not. Reports the email backlog so a
/// stuck sender is noticed ("degraded" when a message has failed or waited over an hour).
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", async (AuditDatabase database, OutboxAdministration outbox, TimeProvider clock, CancellationToken ct) =>
        {
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
                return Results.Json(new { status = "unhealthy", database = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var summary = await outbox.SummariseAsync(ct);
            var oldestMinutes = summary.OldestPendingAt is { } oldest ? (int)(clock.GetUtcNow() - oldest).TotalMinutes : 0;
            var status = summary.Failed > 0 || oldestMinutes > 60 ? "degraded" : "healthy";
            return Results.Json(new
            {
                status,
                database = "ok",
                outbox = new { pending = summary.Pending, failed = summary.Failed, oldestPendingMinutes = oldestMinutes, sentLast24Hours = summary.SentLast24Hours },
            });
        }).AllowAnonymous();
}
