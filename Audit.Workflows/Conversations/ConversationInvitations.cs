using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Conversations;

/// <summary>
/// What scheduling, moving and cancelling a conversation share, inside the command's unit of work: the calendar
/// sent to everyone invited and to the organiser through the outbox, and the reminder each of them is owed the
/// working day before.
/// </summary>
public sealed class ConversationInvitations(AuditDbContext db, ConversationEmails emails, WorkingDays workingDays, IOptions<AppOptions> app)
{
    public string NewUid() =>
        ConversationCalendar.NewUid(Uri.TryCreate(app.Value.BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : "audit.localhost");

    /// <summary>Sends the invitation (or, with <paramref name="isUpdate"/>, the updated one) and reopens the reminders.</summary>
    public async Task SendAsync(CaseAudit audit, ReflectiveConversation conversation, DateTimeOffset now, bool isUpdate, CancellationToken cancellationToken)
    {
        var (organiser, invitees) = await PeopleAsync(conversation, cancellationToken);
        var ics = ConversationCalendar.Build(conversation, audit.Reference, organiser, invitees, ConversationCalendar.Request, now);
        foreach (var invitee in invitees)
        {
            emails.Invitation(audit, conversation, invitee, isOrganiser: false, ics, isUpdate);
        }

        if (invitees.All(i => i.Id != organiser.Id))
        {
            emails.Invitation(audit, conversation, organiser, isOrganiser: true, ics, isUpdate);
        }

        await CloseRemindersAsync(audit, now, cancellationToken);
        await OpenRemindersAsync(audit, conversation, [organiser.Id, .. invitees.Select(i => i.Id)], now, cancellationToken);
    }

    /// <summary>Sends METHOD:CANCEL to everyone who had the invitation, and closes their reminders.</summary>
    public async Task CancelAsync(CaseAudit audit, ReflectiveConversation conversation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (organiser, invitees) = await PeopleAsync(conversation, cancellationToken);
        var ics = ConversationCalendar.Build(conversation, audit.Reference, organiser, invitees, ConversationCalendar.Cancel, now);
        foreach (var person in invitees.Append(organiser).DistinctBy(p => p.Id))
        {
            emails.Cancellation(audit, conversation, person, ics);
        }

        await CloseRemindersAsync(audit, now, cancellationToken);
    }

    /// <summary>The reminders are no longer owed (the conversation moved, was cancelled or has been recorded).</summary>
    public async Task CloseRemindersAsync(CaseAudit audit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.Deadlines.Where(d => d.CaseAuditId == audit.Id && d.Kind == DeadlineKind.ConversationReminder && d.CompletedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var deadline in open)
        {
            deadline.CompletedAt = now;
        }
    }

    /// <summary>
    /// One reminder per person at 8am UK time on the working day before the conversation; the deadline falls at its
    /// start, after which the sweep simply closes it (a reminder is never escalated). None when that morning has gone.
    /// </summary>
    private async Task OpenRemindersAsync(CaseAudit audit, ReflectiveConversation conversation, IEnumerable<string> staffIds, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(UkTime.ToUk(conversation.StartsAt).DateTime);
        var remindAt = WorkingDays.UkInstant(await workingDays.SubtractAsync(day, 1, cancellationToken), DeadlineScheduler.ReminderTime);
        if (remindAt <= now)
        {
            return;
        }

        foreach (var staffId in staffIds.Distinct())
        {
            db.Deadlines.Add(new Deadline
            {
                Kind = DeadlineKind.ConversationReminder,
                CaseAuditId = audit.Id,
                OwnerId = staffId,
                DueAt = conversation.StartsAt,
                RemindAt = remindAt,
            });
        }
    }

    private async Task<(StaffMember Organiser, List<StaffMember> Invitees)> PeopleAsync(ReflectiveConversation conversation, CancellationToken cancellationToken)
    {
        var ids = conversation.Invitees.Select(i => i.StaffId).Append(conversation.OrganiserId).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        var invitees = conversation.Invitees.Select(i => people.Single(p => p.Id == i.StaffId)).ToList();
        return (people.Single(p => p.Id == conversation.OrganiserId), invitees);
    }
}
