using Audit.Data.Models;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Audit.Workflows.Notifications;

/// <summary>Turns an outbox row into the same MIME message every time it is attempted.</summary>
public sealed class MimeMessageFactory(IOptions<EmailOptions> options)
{
    public MimeMessage Create(OutboxMessage row)
    {
        var message = new MimeMessage
        {
            MessageId = row.MessageId,
            Subject = row.Subject,
            Date = row.CreatedAt,
        };
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(new MailboxAddress(row.ToName ?? string.Empty, row.ToAddress));
        // RFC 3834: every message Audit sends is automatic, so out-of-office replies and autoresponders leave it alone.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        if (row.Priority == Audit.Data.Models.MessagePriority.High)
        {
            message.Priority = MimeKit.MessagePriority.Urgent;
            message.Importance = MessageImportance.High;
            message.XPriority = XMessagePriority.Highest;
        }

        var alternative = new MultipartAlternative
        {
            new TextPart("plain") { Text = row.TextBody },
            new TextPart("html") { Text = row.HtmlBody },
        };

        if (row.CalendarIcs is null)
        {
            message.Body = alternative;
            return Prepared(message);
        }

        // Calendar clients (iMIP, RFC 6047) look for a text/calendar part whose method matches the calendar's METHOD
        // (REQUEST for an invitation or update, CANCEL for a cancellation) alongside the readable text.
        var calendar = new TextPart("calendar") { Text = row.CalendarIcs };
        calendar.ContentType.Parameters.Add("method", row.CalendarMethod ?? "REQUEST");
        calendar.ContentType.Charset = "utf-8";
        alternative.Add(calendar);
        var invite = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(row.CalendarIcs))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "invite.ics",
        };
        message.Body = new Multipart("mixed") { alternative, invite };
        return Prepared(message);
    }

    /// <summary>
    /// Encodes the parts for 7-bit transport with lines under the RFC 5322 limit. The SMTP client would do this for
    /// a server that needs it, but the pickup folder writes the message as it is, and the templates' HTML is one
    /// long line.
    /// </summary>
    private static MimeMessage Prepared(MimeMessage message)
    {
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }
}
