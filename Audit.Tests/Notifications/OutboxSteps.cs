using System.Text;
using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Audit.Tests.Notifications;

/// <summary>What the email tests do again and again: run a sweep, read a row back, read what arrived.</summary>
public static class OutboxSteps
{
    /// <summary>One sweep of the outbox, as the scheduled job runs it.</summary>
    public static Task<int> SendDueAsync(AuditAppFactory app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());

    public static Task<OutboxMessage> RowAsync(AuditAppFactory app, Guid id) =>
        app.DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>The message exactly as the SMTP server received it, parsed by MimeKit.</summary>
    public static async Task<MimeMessage> ReceivedAsync(MailDevServer mail, ReceivedEmail email)
    {
        var source = await mail.SourceAsync(email.Id);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(source));
        return await MimeMessage.LoadAsync(stream);
    }
}
