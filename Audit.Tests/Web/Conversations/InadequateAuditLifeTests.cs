using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Practitioners;
using Audit.Workflows.Notifications;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Conversations;

/// <summary>
/// The whole life of an Inadequate audit over real HTTP, from moderation to closure, with every email delivered
/// through a real SMTP server (MailDev): none of them carries the case reference or anything typed about the case.
/// </summary>
public sealed class InadequateAuditLifeTests : IAsyncLifetime
{
    private const string Learning = "Plans need timescales the family can hold us to";
    private const string AgreedAction = "Review the child's plan with the family";
    private const string Evidence = "Plan reviewed with the family at home";

    private readonly MailDevServer mail = new();
    private readonly AuditAppFactory app = new();

    public InadequateAuditLifeTests() => app.WithSmtp(mail);

    public ValueTask InitializeAsync() => new(mail.StartAsync());

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await mail.DisposeAsync();
    }

    [Fact]
    public async Task Inadequate_ModeratedAndMaintained_ConversationScheduledMovedAnsweredAndRecordedWithAnAction_ActionConfirmed_AuditClosed()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        await scenario.AnswerEverySectionAsync(Grade.Inadequate);
        await scenario.SubmitFormAsync();
        var reference = await app.DbAsync(db => db.CaseFiles.Where(c => c.Id == scenario.CaseFileId).Select(c => c.Reference).SingleAsync());
        using var moderator = await SignedInAsync(app, scenario.Moderator);
        using var director = await SignedInAsync(app, scenario.AssistantDirector);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);
        using var teamManager = await SignedInAsync(app, scenario.TeamManager);

        // Moderation maintains Inadequate, and the assistant director co-signs it.
        var moderation = await moderator.GetPageAsync($"/audits/{scenario.AuditId}/moderate");
        var decisions = moderation.QuerySelectorAll("input[type=hidden][name$='.SectionId']")
            .Select(input => input.GetAttribute("name")!.Replace(".SectionId", ".Decision", StringComparison.Ordinal))
            .ToDictionary(name => name, _ => "Agree");
        decisions["Input.Outcome"] = "Agree";
        decisions["Input.Rationale"] = "The evidence supports Inadequate";
        var (_, moderated) = await moderator.SubmitAsync(moderation, decisions);
        Assert.Empty(moderated.ErrorSummary());
        var (_, coSigned) = await director.SubmitAsync(await director.GetPageAsync($"/audits/{scenario.AuditId}/co-sign"),
            new Dictionary<string, string> { ["Input.Decision"] = "CoSign" });
        Assert.Equal("You have co-signed the audit", coSigned.SuccessBanner());
        Assert.Equal(AuditState.AwaitingReflectiveConversation, (await scenario.AuditAsync()).State);

        // Scheduled: the invitation arrives with its calendar, then is moved (same UID, higher SEQUENCE).
        var first = await ConversationSteps.WorkingDayAsync(app, 5);
        await ConversationSteps.ScheduleAsync(manager, scenario, first, agenda: "Talk about the plan for the child");
        await SendAsync();
        var invitation = await CalendarFromMailAsync(scenario.Practitioner.Email, "METHOD:REQUEST");
        var invited = invitation.Events.Single();
        Assert.Equal(ConversationSteps.Uk(first, 14, 30), new DateTimeOffset(invited.DtStart!.AsUtc, TimeSpan.Zero));
        Assert.Equal($"mailto:{scenario.ServiceManager.Email}", invited.Organizer!.Value!.ToString(), ignoreCase: true);
        Assert.Equal(new[] { scenario.Practitioner.Email, scenario.TeamManager.Email }.Order(),
            invited.Attendees.Select(a => a.Value!.ToString()["mailto:".Length..]).Where(a => a != scenario.ServiceManager.Email).Order());
        var moved = await ConversationSteps.WorkingDayAsync(app, 6);
        Assert.Equal("You have moved the reflective conversation and sent the update", (await ConversationSteps.ScheduleAsync(manager, scenario, moved, "10:00", "11:00")).SuccessBanner());
        var update = (await ConversationSteps.OutboxAsync(scenario, "conversation-updated")).First(m => m.ToAddress == scenario.Practitioner.Email);
        var updated = Calendar.Load(update.CalendarIcs!)!.Events.Single();
        Assert.Equal(invited.Uid, updated.Uid);
        Assert.True(updated.Sequence > invited.Sequence);

        // The practitioner accepts; the team manager proposes another time, which the organiser accepts.
        var answer = $"/audits/{scenario.AuditId}/conversation/answer";
        Assert.Contains(answer, (await practitioner.GetPageAsync("/")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var (_, accepted) = await practitioner.SubmitAsync(await practitioner.GetPageAsync(answer), new Dictionary<string, string> { ["Input.Answer"] = "Accepted" });
        Assert.Equal("You have answered the invitation. The organiser has been told", accepted.SuccessBanner());
        var proposedDay = await ConversationSteps.WorkingDayAsync(app, 8);
        await teamManager.SubmitAsync(await teamManager.GetPageAsync(answer), new Dictionary<string, string>(ConversationSteps.Date("ProposedDate", proposedDay))
        {
            ["Input.Answer"] = "ProposedNewTime", ["Input.ProposedStartTime"] = "9:00", ["Input.ProposedEndTime"] = "10:00",
        });
        var decide = (await manager.GetPageAsync($"/audits/{scenario.AuditId}")).QuerySelectorAll("#conversation-answers a").Single().GetAttribute("href")!;
        var (_, movedToProposal) = await manager.SubmitAsync(await manager.GetPageAsync(decide), new Dictionary<string, string> { ["Input.Accept"] = "true" });
        Assert.Equal("You have moved the conversation to the proposed time and sent the update", movedToProposal.SuccessBanner());
        Assert.Equal(ConversationSteps.Uk(proposedDay, 9), (await ConversationSteps.ConversationAsync(scenario)).StartsAt.ToUniversalTime());

        // Recorded (it happened earlier than planned, so with the reason).
        var record = new Dictionary<string, string>(ConversationSteps.Date("HeldOn", Audit.Workflows.Common.UkTime.Today(TimeProvider.System)))
        {
            ["Input.Learning"] = Learning,
            ["Input.EarlierReason"] = "We met at the team's development day",
            ["Input.AttendedIds[]"] = scenario.Practitioner.Id,
        };
        var today = Audit.Workflows.Common.UkTime.Today(TimeProvider.System);
        foreach (var (key, value) in ConversationSteps.AgreedAction(0, AgreedAction, scenario.Practitioner.Id, today.AddDays(20)))
        {
            record[key] = value;
        }

        var (_, recorded) = await manager.SubmitAsync(await manager.GetPageAsync($"/audits/{scenario.AuditId}/record-conversation"), record);
        Assert.Equal("You have recorded the reflective conversation", recorded.SuccessBanner());
        var actionId = await app.DbAsync(db => db.AuditActions.Where(a => a.CaseAuditId == scenario.AuditId).Select(a => a.Id).SingleAsync());

        // The action agreed at the conversation is the practitioner's: they are told, with a link to it.
        await SendAsync();
        var assigned = (await Eventually.ReadAsync(
            async () => (await mail.WaitForAsync(1, scenario.Practitioner.Email)).Where(m => m.Subject.StartsWith("You own an action", StringComparison.Ordinal)).ToList(),
            found => found.Count > 0, TimeSpan.FromSeconds(10))).Single();
        Assert.Contains($"/actions/{actionId}", await mail.SourceAsync(assigned.Id), StringComparison.Ordinal);

        // The practitioner completes the action; their team manager confirms it; the audit closes itself.
        var (_, completed) = await practitioner.SubmitAsync(await practitioner.GetPageAsync($"/actions/{actionId}/complete"),
            new Dictionary<string, string> { ["Input.Evidence"] = Evidence });
        Assert.Equal("You have marked the action as complete. The auditor or the team manager will confirm it", completed.SuccessBanner());
        var (_, confirmed) = await teamManager.SubmitAsync(await teamManager.GetPageAsync($"/actions/{actionId}/confirm"), new Dictionary<string, string>());
        Assert.Equal("You have confirmed the action", confirmed.SuccessBanner());

        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.Closed, audit.State);
        var history = await app.DbAsync(db => db.AuditHistory.AsNoTracking().Where(h => h.CaseAuditId == scenario.AuditId)
            .OrderBy(h => h.Id).Select(h => h.ToState).ToListAsync());
        Assert.Equal(
            [AuditState.AwaitingModeration, AuditState.AwaitingCoSign, AuditState.AwaitingReflectiveConversation, AuditState.ActionsOutstanding, AuditState.Closed],
            history.SkipWhile(s => s != AuditState.AwaitingModeration).Distinct().ToList());

        // Nothing in any email of its life names the case or repeats what was typed about it.
        await SendAsync();
        foreach (var email in await mail.AllAsync())
        {
            var source = await mail.SourceAsync(email.Id);
            foreach (var secret in new[] { reference, Learning, AgreedAction, Evidence, "Talk about the plan for the child", AuditAnswers.Evidence })
            {
                Assert.DoesNotContain(secret, source, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private Task SendAsync() => app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());

    private async Task<Calendar> CalendarFromMailAsync(string to, string method)
    {
        var email = (await mail.WaitForAsync(1, to)).First(m => m.Subject.Contains("Reflective conversation", StringComparison.OrdinalIgnoreCase));
        var received = await Audit.Tests.Notifications.OutboxSteps.ReceivedAsync(mail, email);
        var part = received.BodyParts.OfType<MimeKit.TextPart>().First(p => p.ContentType.MimeType == "text/calendar");
        Assert.Contains(method, part.Text, StringComparison.Ordinal);
        return Calendar.Load(part.Text)!;
    }
}
