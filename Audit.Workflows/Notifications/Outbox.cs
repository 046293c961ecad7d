using System.Globalization;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Notifications;

/// <summary>
/// Adds emails to the outbox inside the caller's unit of work: nothing is written until the caller saves, so the
/// email exists if and only if the change that caused it was committed.
/// </summary>
public sealed class Outbox(AuditDbContext db, TimeProvider clock, IOptions<AppOptions> app)
{
    public OutboxMessage Enqueue(string toAddress, string? toName, EmailContent content,
        MessagePriority priority = MessagePriority.Normal, string? calendarIcs = null, string? calendarMethod = null)
    {
        var now = clock.GetUtcNow();
        var id = Guid.NewGuid();
        var message = new OutboxMessage
        {
            Id = id,
            MessageId = string.Create(CultureInfo.InvariantCulture, $"{id:N}@{MessageIdDomain()}"),
            Kind = content.Kind,
            ToAddress = toAddress,
            ToName = toName,
            Subject = content.Subject,
            TextBody = content.TextBody,
            HtmlBody = content.HtmlBody,
            CalendarIcs = calendarIcs,
            CalendarMethod = calendarIcs is null ? null : calendarMethod ?? "REQUEST",
            Priority = priority,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    private string MessageIdDomain() =>
        Uri.TryCreate(app.Value.BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : "audit.localhost";
}
