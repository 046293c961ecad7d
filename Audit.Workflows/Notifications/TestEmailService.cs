using System.Net.Mail;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;

namespace Audit.Workflows.Notifications;

/// <summary>A QA lead asks for a test email, to check that mail from Audit reaches people.</summary>
/// <param name="Email">Where to send it; the page offers the QA lead's own address.</param>
/// <param name="RequestedByName">The QA lead's name, used to greet them when the email is to their own address.</param>
/// <param name="RequestedByEmail">The QA lead's own address.</param>
public sealed record SendTestEmailCommand(string? Email, string RequestedByName, string? RequestedByEmail);

public sealed class TestEmailService(AuditDbContext db, Outbox outbox, EmailTemplates templates)
{
    /// <summary>Queues the test email; it goes at the next sweep of the outbox like any other.</summary>
    public async Task<CommandResult<OutboxMessage>> SendAsync(SendTestEmailCommand command, CancellationToken cancellationToken = default)
    {
        var address = command.Email?.Trim() ?? string.Empty;
        if (address.Length == 0)
        {
            return CommandResult<OutboxMessage>.Failure(nameof(command.Email), "Enter an email address");
        }

        if (!EmailAddresses.IsValid(address))
        {
            return CommandResult<OutboxMessage>.Failure(nameof(command.Email), EmailAddresses.FormatMessage);
        }

        var toSelf = string.Equals(address, command.RequestedByEmail, StringComparison.OrdinalIgnoreCase);
        var name = toSelf ? command.RequestedByName : "colleague";
        var message = outbox.Enqueue(address, toSelf ? command.RequestedByName : null, templates.TestMessage(name));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<OutboxMessage>.Success(message);
    }
}

public static class EmailAddresses
{
    public const string FormatMessage = "Enter an email address in the correct format, like name@example.gov.uk";

    /// <summary>A bare address (no display name) with a dotted domain, short enough to store.</summary>
    public static bool IsValid(string value) =>
        value.Length <= Limits.Email
        && MailAddress.TryCreate(value, out var parsed)
        && parsed.Address == value
        && parsed.Host.Contains('.', StringComparison.Ordinal)
        && !parsed.Host.EndsWith('.');
}
