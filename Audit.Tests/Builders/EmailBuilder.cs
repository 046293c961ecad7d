using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Builders;

/// <summary>
/// Puts an email in the outbox the way the app does: through <see cref="Outbox"/> and a save, in its own scope.
/// </summary>
public sealed class EmailBuilder(int number)
{
    private string to = $"recipient{number}.{Guid.NewGuid():N}@council.example";
    private string? toName = $"Recipient {number}";
    private string kind = "test";
    private string subject = $"Audit ready for review (message {number})";
    private string text = $"Audit AUD-{number:0000} is ready for review.\n";
    private string html = $"<p>Audit <strong>AUD-{number:0000}</strong> is ready for review.</p>";
    private MessagePriority priority = MessagePriority.Normal;
    private string? calendar;

    public EmailBuilder To(string address, string? name = null)
    {
        to = address;
        toName = name;
        return this;
    }

    public EmailBuilder WithSubject(string value)
    {
        subject = value;
        return this;
    }

    public EmailBuilder WithBodies(string textBody, string htmlBody)
    {
        text = textBody;
        html = htmlBody;
        return this;
    }

    public EmailBuilder OfKind(string value)
    {
        kind = value;
        return this;
    }

    public EmailBuilder HighPriority()
    {
        priority = MessagePriority.High;
        return this;
    }

    public EmailBuilder WithCalendarInvite(string ics)
    {
        calendar = ics;
        return this;
    }

    public Task<OutboxMessage> EnqueueAsync(AuditAppFactory app) => app.InScopeAsync(async sp =>
    {
        var message = sp.GetRequiredService<Outbox>().Enqueue(to, toName, new EmailContent(kind, subject, text, html), priority, calendar);
        await sp.GetRequiredService<AuditDbContext>().SaveChangesAsync();
        return message;
    });
}
