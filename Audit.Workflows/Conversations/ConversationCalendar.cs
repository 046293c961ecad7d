using Audit.Data.Models;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Audit.Workflows.Conversations;

/// <summary>
/// The iCalendar (RFC 5545) for a reflective conversation, as an iMIP (RFC 6047) message carries it: METHOD REQUEST
/// for an invitation or update, CANCEL for a cancellation. Times are in UTC, which every calendar reads and shows in
/// its own time zone. It holds the audit reference, the time, the place and who is invited — never the child's
/// name, the case reference, the agenda note or anything else typed about the case.
/// </summary>
public static class ConversationCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";
    public const string ProductId = "-//Audit//Reflective conversations//EN";

    /// <param name="organiser">The service manager (or whoever holds the stage) who scheduled it.</param>
    /// <param name="invitees">Everyone invited, each an ATTENDEE asked to reply.</param>
    public static string Build(ReflectiveConversation conversation, string auditReference, StaffMember organiser,
        IEnumerable<StaffMember> invitees, string method, DateTimeOffset stamp)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = conversation.Uid,
            DtStamp = Utc(stamp),
            DtStart = Utc(conversation.StartsAt),
            DtEnd = Utc(conversation.EndsAt),
            Sequence = conversation.Sequence,
            Summary = Summary(auditReference),
            Location = conversation.Location,
            Status = method == Cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer(MailTo(organiser)) { CommonName = organiser.FullName },
        };
        foreach (var invitee in invitees)
        {
            calendarEvent.Attendees.Add(new Attendee(MailTo(invitee))
            {
                CommonName = invitee.FullName,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = true,
            });
        }

        var calendar = new Calendar { ProductId = ProductId, Version = "2.0", Method = method };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static string Summary(string auditReference) => $"Reflective conversation {auditReference}";

    /// <summary>A UID that names nothing about the case: a random value at the service's own domain.</summary>
    public static string NewUid(string host) => $"{Guid.NewGuid():N}@{host}";

    private static CalDateTime Utc(DateTimeOffset value) => new(value.UtcDateTime, "UTC");

    private static string MailTo(StaffMember person) => $"mailto:{person.Email}";
}
