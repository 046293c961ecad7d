namespace Audit.Data.Models;

/// <summary>How an invitee has answered a reflective conversation invitation.</summary>
public enum InvitationAnswer
{
    NeedsAction,
    Accepted,
    Declined,
    ProposedNewTime,
}

/// <summary>
/// One reflective conversation scheduled for an audit, sent as a calendar invitation. Its <see cref="Uid"/> stays
/// the same when it is moved (calendars update the event they already hold) and <see cref="Sequence"/> rises each
/// time; a cancelled conversation stays, and a new one gets a new UID.
/// </summary>
public class ReflectiveConversation : IVersioned
{
    public int Id { get; set; }
    public int CaseAuditId { get; set; }
    public CaseAudit? CaseAudit { get; set; }
    /// <summary>The iCalendar UID, stable for the life of this conversation.</summary>
    public required string Uid { get; set; }
    /// <summary>The iCalendar SEQUENCE: 0 when first sent, raised by each reschedule and by the cancellation.</summary>
    public int Sequence { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    [FreeText]
    public required string Location { get; set; }
    /// <summary>For the people in Audit only: never emailed nor put in the calendar.</summary>
    [FreeText]
    public string? AgendaNote { get; set; }
    public required string OrganiserId { get; set; }
    public StaffMember? Organiser { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Why the conversation was recorded before its scheduled start (it happened earlier, elsewhere).</summary>
    [FreeText]
    public string? HeldEarlierReason { get; set; }
    public List<ConversationInvitee> Invitees { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>One person invited to a reflective conversation, and their answer.</summary>
public class ConversationInvitee : IVersioned
{
    public int Id { get; set; }
    public int ReflectiveConversationId { get; set; }
    public ReflectiveConversation? Conversation { get; set; }
    public required string StaffId { get; set; }
    public StaffMember? Staff { get; set; }
    public InvitationAnswer Answer { get; set; }
    [FreeText]
    public string? DeclineReason { get; set; }
    public DateTimeOffset? ProposedStart { get; set; }
    public DateTimeOffset? ProposedEnd { get; set; }
    /// <summary>When the organiser declined this invitee's proposed time (the proposal is then no longer pending).</summary>
    public DateTimeOffset? ProposalDeclinedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    /// <summary>Whether they attended, as the service manager recorded it.</summary>
    public bool? Attended { get; set; }
    public int Version { get; set; }
}
