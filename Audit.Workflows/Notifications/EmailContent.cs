namespace Audit.Workflows.Notifications;

/// <summary>
/// A rendered email. Templates must never put a child's name or identifying detail in here: a case reference and a
/// link into Audit are enough.
/// </summary>
public sealed record EmailContent(string Kind, string Subject, string TextBody, string HtmlBody);
