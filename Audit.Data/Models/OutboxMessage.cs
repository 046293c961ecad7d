namespace Audit.Data.Models;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}

public enum MessagePriority
{
    Normal,
    High,
}

/// <summary>
/// An email waiting to be sent, written in the same transaction as the change that causes it. The sender job
/// delivers it; <see cref="MessageId"/> is fixed when the row is written so a retry re-sends the same message.
/// </summary>
public class OutboxMessage : IVersioned
{
    public Guid Id { get; set; }
    public required string MessageId { get; set; }
    /// <summary>The template that produced it, e.g. "invitation"; shown on the delivery page.</summary>
    public required string Kind { get; set; }
    public required string ToAddress { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public required string HtmlBody { get; set; }
    /// <summary>An iCalendar (.ics) invitation attached to the message, when there is one.</summary>
    public string? CalendarIcs { get; set; }
    /// <summary>The iTIP method of <see cref="CalendarIcs"/>: REQUEST (an invitation or update) or CANCEL.</summary>
    public string? CalendarMethod { get; set; }
    public MessagePriority Priority { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>The sender instance that has claimed this message for its batch; null when unclaimed.</summary>
    public Guid? ClaimToken { get; set; }
    /// <summary>When the claim lapses: an instance that dies mid-batch leaves it to expire, and another sends the message.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public int Version { get; set; }
}
