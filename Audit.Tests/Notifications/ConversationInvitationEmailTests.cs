using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Conversations;
using Ical.Net;
using MimeKit;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Notifications;

/// <summary>The reflective conversation invitation as a calendar client receives it: through a real SMTP server (MailDev).</summary>
public sealed class ConversationInvitationEmailTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Schedule_SendsEachInviteeAnIMipInvitation_WhoseCalendarHasTheUtcStartUidOrganiserAndAttendees()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        app.WithSmtp(mail);
        var scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-271828");
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        var day = await ConversationSteps.WorkingDayAsync(app, 5);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);

        var page = await ConversationSteps.ScheduleAsync(manager, scenario, day, "14:30", "15:30", "Room 4, Town Hall", agenda: "Talk about LCS-271828 chronology");
        await OutboxSteps.SendDueAsync(app);

        Assert.Equal("You have scheduled the reflective conversation and sent the invitations", page.SuccessBanner());
        var conversation = await ConversationSteps.ConversationAsync(scenario);
        var received = Assert.Single(await mail.WaitForAsync(1, scenario.Practitioner.Email), e => e.Subject.StartsWith("Invitation", StringComparison.Ordinal));
        var message = await OutboxSteps.ReceivedAsync(mail, received);

        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal(["text/plain", "text/html", "text/calendar"], alternative.Select(p => p.ContentType.MimeType));
        var calendarPart = (TextPart)alternative[2];
        Assert.Equal("REQUEST", calendarPart.ContentType.Parameters["method"]);
        Assert.Equal("utf-8", calendarPart.ContentType.Charset, ignoreCase: true);
        var attachment = Assert.IsType<MimePart>(mixed[1]);
        Assert.Equal("invite.ics", attachment.FileName);

        var calendar = Calendar.Load(calendarPart.Text)!;
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("2.0", calendar.Version);
        Assert.False(string.IsNullOrEmpty(calendar.ProductId));
        var invite = Assert.Single(calendar.Events);
        Assert.Equal(ConversationSteps.Uk(day, 14, 30), new DateTimeOffset(invite.DtStart!.AsUtc, TimeSpan.Zero));
        Assert.Equal(ConversationSteps.Uk(day, 15, 30), new DateTimeOffset(invite.DtEnd!.AsUtc, TimeSpan.Zero));
        Assert.Equal(conversation.Uid, invite.Uid);
        Assert.Equal(0, invite.Sequence);
        Assert.Equal($"Reflective conversation AUD-{scenario.AuditId:D6}", invite.Summary);
        Assert.Equal("Room 4, Town Hall", invite.Location);
        Assert.Equal($"mailto:{scenario.ServiceManager.Email}", invite.Organizer!.Value!.ToString(), ignoreCase: true);
        Assert.Equal(scenario.ServiceManager.FullName, invite.Organizer.CommonName);
        Assert.Equal(new[] { scenario.Practitioner.Email, scenario.TeamManager.Email }.Order(),
            invite.Attendees.Select(a => a.Value!.ToString()!["mailto:".Length..]).Order(), StringComparer.OrdinalIgnoreCase);
        Assert.All(invite.Attendees, a =>
        {
            Assert.Equal("REQ-PARTICIPANT", a.Role);
            Assert.Equal("NEEDS-ACTION", a.ParticipationStatus);
            Assert.True(a.Rsvp);
            Assert.False(string.IsNullOrEmpty(a.CommonName));
        });
        using var decoded = new MemoryStream();
        attachment.Content!.DecodeTo(decoded);
        var attached = Calendar.Load(System.Text.Encoding.UTF8.GetString(decoded.ToArray()))!;
        Assert.Equal(conversation.Uid, Assert.Single(attached.Events).Uid);
        Assert.Contains($"https://localhost/audits/{scenario.AuditId}/conversation/answer", received.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoEmailInTheConversationsLife_ContainsTheCaseReference_TheAgendaNote_OrAReasonTyped()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        app.WithSmtp(mail);
        var scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-161803");
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        var day = await ConversationSteps.WorkingDayAsync(app, 5);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);

        Assert.NotNull((await ConversationSteps.ScheduleAsync(manager, scenario, day, agenda: "Private agenda about the family")).SuccessBanner());
        var form = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/conversation/answer");
        var (_, answered) = await practitioner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Answer"] = "Declined", ["Input.DeclineReason"] = "Court hearing for the family" });
        Assert.Equal("You have answered the invitation. The organiser has been told", answered.SuccessBanner());
        Assert.Equal("You have moved the reflective conversation and sent the update",
            (await ConversationSteps.ScheduleAsync(manager, scenario, await ConversationSteps.WorkingDayAsync(app, 6))).SuccessBanner());
        var (_, cancelled) = await manager.SubmitAsync(await manager.GetPageAsync($"/audits/{scenario.AuditId}/conversation/cancel"), new Dictionary<string, string>());
        Assert.Equal("You have cancelled the reflective conversation and told everyone invited", cancelled.SuccessBanner());
        var sent = await OutboxSteps.SendDueAsync(app);

        var all = await mail.WaitForAsync(sent);
        Assert.Contains(all, e => e.Subject.StartsWith("Cancelled", StringComparison.Ordinal));
        foreach (var email in all)
        {
            var source = await mail.SourceAsync(email.Id);
            var message = await OutboxSteps.ReceivedAsync(mail, email);
            var everything = source + message.TextBody + message.HtmlBody;
            Assert.DoesNotContain("LCS-", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("agenda about", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("Court hearing", everything, StringComparison.Ordinal);
        }
    }
}
