using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Audit.Workflows.Common;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Notifications;

/// <summary>
/// Builds the HTML and plain-text versions of every email from the same paragraphs, so the two never drift apart.
/// Only staff names, case references and links appear in emails; never a child's details.
/// </summary>
public sealed class EmailTemplates(IOptions<AppOptions> options)
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");
    private AppOptions App => options.Value;

    public EmailContent Invitation(string fullName, Uri link, DateTimeOffset expiresAt, string? invitedBy) =>
        Compose("invitation", $"You have been invited to {App.ServiceName}", fullName,
        [
            Paragraph($"{invitedBy ?? "The quality assurance team"} has invited you to use {App.ServiceName}, the case audit service of {App.OrganisationName}."),
            Paragraph("Use this link to set your password and sign in:"),
            Link(link, "Set your password"),
            Paragraph($"The link works once and expires on {FormatDate(expiresAt)}. If it has expired, ask your quality assurance lead to send a new invitation."),
        ]);

    public EmailContent PasswordReset(string fullName, Uri link) =>
        Compose("password-reset", $"Reset your {App.ServiceName} password", fullName,
        [
            Paragraph($"Someone asked to reset the password for your {App.ServiceName} account."),
            Link(link, "Reset your password"),
            Paragraph("The link expires in 2 hours. If you did not ask for this, you can ignore this email: your password has not changed."),
        ]);

    public EmailContent TestMessage(string fullName) =>
        Compose("test", $"{App.ServiceName} test email", fullName,
        [
            Paragraph($"This is a test email from {App.ServiceName}. Email delivery is working."),
        ]);

    /// <summary>
    /// A notice about a piece of work: what it is, by when, and a link to it. Callers pass an audit reference, never
    /// a child's details.
    /// </summary>
    public EmailContent Notice(string kind, string subject, string recipientName, IEnumerable<string> paragraphs, Uri link, string linkText) =>
        Compose(kind, subject, recipientName, [.. paragraphs.Select(Paragraph), Link(link, linkText)]);

    /// <summary>Formats a date in UK time, as people read it: "30 November 2026".</summary>
    public static string FormatDate(DateTimeOffset value) =>
        UkTime.ToUk(value).ToString("d MMMM yyyy", UkCulture);

    /// <summary>Formats a time in UK time: "2:15pm on 30 November 2026".</summary>
    public static string FormatTime(DateTimeOffset value)
    {
        var uk = UkTime.ToUk(value);
        return uk.ToString("h:mm", UkCulture) + (uk.Hour < 12 ? "am" : "pm") + " on " + uk.ToString("d MMMM yyyy", UkCulture);
    }

    private EmailContent Compose(string kind, string subject, string recipientName, IReadOnlyList<Block> blocks)
    {
        var text = new StringBuilder();
        var html = new StringBuilder();
        var encoder = HtmlEncoder.Default;

        text.Append("Dear ").Append(recipientName).Append(",\n\n");
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(encoder.Encode(subject))
            .Append("</title></head><body style=\"font-family: Arial, sans-serif; font-size: 19px; line-height: 1.3; color: #0b0c0c;\">")
            .Append("<p style=\"font-size: 24px; font-weight: bold; border-bottom: 8px solid #1d70b8; padding-bottom: 10px;\">")
            .Append(encoder.Encode(App.ServiceName)).Append("</p>")
            .Append("<p>Dear ").Append(encoder.Encode(recipientName)).Append(",</p>");

        foreach (var block in blocks)
        {
            if (block.Link is { } link)
            {
                text.Append(block.Text).Append(": ").Append(link).Append("\n\n");
                html.Append("<p><a href=\"").Append(encoder.Encode(link.ToString())).Append("\" style=\"color: #1d70b8;\">")
                    .Append(encoder.Encode(block.Text)).Append("</a></p>");
            }
            else
            {
                text.Append(block.Text).Append("\n\n");
                html.Append("<p>").Append(encoder.Encode(block.Text)).Append("</p>");
            }
        }

        text.Append(App.ServiceName).Append(", ").Append(App.OrganisationName).Append('\n')
            .Append("This is an automated message. Do not reply to this email.\n");
        html.Append("<p style=\"color: #505a5f; font-size: 16px;\">").Append(encoder.Encode(App.ServiceName)).Append(", ")
            .Append(encoder.Encode(App.OrganisationName))
            .Append("<br>This is an automated message. Do not reply to this email.</p></body></html>");

        return new EmailContent(kind, subject, text.ToString(), html.ToString());
    }

    private static Block Paragraph(string text) => new(text, null);
    private static Block Link(Uri link, string text) => new(text, link);

    private sealed record Block(string Text, Uri? Link);
}
