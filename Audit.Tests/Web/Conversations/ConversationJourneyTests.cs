using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Conversations;

/// <summary>The reflective conversation over real HTTP: scheduled, moved, answered, cancelled and recorded.</summary>
public sealed class ConversationJourneyTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private static Calendar Parse(OutboxMessage message) => Calendar.Load(message.CalendarIcs!)!;

    [Fact]
    public async Task Reschedule_SendsTheSameUid_WithAHigherSequence_AndAsksEveryoneAgain()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);
        await ConversationSteps.ScheduleAsync(manager, scenario, await ConversationSteps.WorkingDayAsync(app, 5));
        await practitioner.SubmitAsync(await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/conversation/answer"),
            new Dictionary<string, string> { ["Input.Answer"] = "Accepted" });
        var later = await ConversationSteps.WorkingDayAsync(app, 7);

        var page = await ConversationSteps.ScheduleAsync(manager, scenario, later, "10:00", "11:00");

        Assert.Equal("You have moved the reflective conversation and sent the update", page.SuccessBanner());
        var first = Parse((await ConversationSteps.OutboxAsync(scenario, "conversation-invitation")).First()).Events.Single();
        var update = Parse((await ConversationSteps.OutboxAsync(scenario, "conversation-updated")).First(m => m.ToAddress == scenario.Practitioner.Email)).Events.Single();
        Assert.Equal(first.Uid, update.Uid);
        Assert.True(update.Sequence > first.Sequence);
        Assert.Equal(ConversationSteps.Uk(later, 10), new DateTimeOffset(update.DtStart!.AsUtc, TimeSpan.Zero));
        Assert.All((await ConversationSteps.ConversationAsync(scenario)).Invitees, i => Assert.Equal(InvitationAnswer.NeedsAction, i.Answer));
    }

    [Fact]
    public async Task Cancel_SendsMethodCancel_WithStatusCancelled_ForTheSameEvent()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        await ConversationSteps.ScheduleAsync(manager, scenario, await ConversationSteps.WorkingDayAsync(app, 5));

        var (_, page) = await manager.SubmitAsync(await manager.GetPageAsync($"/audits/{scenario.AuditId}/conversation/cancel"), new Dictionary<string, string>());

        Assert.Equal("You have cancelled the reflective conversation and told everyone invited", page.SuccessBanner());
        var cancellations = await ConversationSteps.OutboxAsync(scenario, "conversation-cancelled");
        Assert.Equal(new[] { scenario.Practitioner.Email, scenario.TeamManager.Email, scenario.ServiceManager.Email }.Order(), cancellations.Select(m => m.ToAddress).Order());
        var row = cancellations.First();
        Assert.Equal("CANCEL", row.CalendarMethod);
        var calendar = Parse(row);
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", calendar.Events.Single().Status);
        Assert.Equal((await ConversationSteps.ConversationAsync(scenario)).Uid, calendar.Events.Single().Uid);
        var mime = app.Services.GetRequiredService<MimeMessageFactory>().Create(row);
        Assert.Contains("method=CANCEL", mime.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Schedule reflective conversation"], (await manager.GetPageAsync($"/audits/{scenario.AuditId}")).ActionButtons()
            .Where(b => b.Contains("conversation", StringComparison.OrdinalIgnoreCase) && !b.StartsWith("Record", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Record_BeforeTheScheduledStart_IsRefusedWithAClearMessage_UnlessHeldEarlierElsewhere()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        await ConversationSteps.ScheduleAsync(manager, scenario, await ConversationSteps.WorkingDayAsync(app, 5));
        var today = Audit.Workflows.Common.UkTime.Today(TimeProvider.System);
        var fields = new Dictionary<string, string>(ConversationSteps.Date("HeldOn", today)) { ["Input.Learning"] = "Plans need timescales" };
        foreach (var (key, value) in ConversationSteps.AgreedAction(0, "Add timescales to the plan", scenario.Practitioner.Id, today.AddDays(14)))
        {
            fields[key] = value;
        }

        var (_, refused) = await manager.SubmitAsync(await manager.GetPageAsync($"/audits/{scenario.AuditId}/record-conversation"), fields);

        var message = Assert.Single(refused.ErrorSummary());
        Assert.StartsWith("The conversation is scheduled for ", message, StringComparison.Ordinal);
        Assert.EndsWith("record it once it has started, or give the reason it happened earlier elsewhere", message, StringComparison.Ordinal);
        Assert.Equal(AuditState.AwaitingReflectiveConversation, (await scenario.AuditAsync()).State);

        fields["Input.EarlierReason"] = "We met in supervision the week before";
        fields["Input.AttendedIds[]"] = scenario.Practitioner.Id;
        var (_, recorded) = await manager.SubmitAsync(await manager.GetPageAsync($"/audits/{scenario.AuditId}/record-conversation"), fields);

        Assert.Equal("You have recorded the reflective conversation", recorded.SuccessBanner());
        var attended = (await ConversationSteps.ConversationAsync(scenario)).Invitees.ToDictionary(i => i.StaffId, i => i.Attended);
        Assert.Equal(true, attended[scenario.Practitioner.Id]);
        Assert.Equal(false, attended[scenario.TeamManager.Id]);
    }

    [Fact]
    public async Task ServiceManagerOfAnotherService_CannotSchedule_TheAuditIsNotFoundForThem()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        var elsewhere = await AuditScenario.CreateAsync(app);
        using var otherManager = await SignedInAsync(app, elsewhere.ServiceManager);

        var (response, _) = await otherManager.GetAsync($"/audits/{scenario.AuditId}/schedule-conversation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await ConversationSteps.OutboxAsync(scenario, "conversation-invitation"));
    }

    [Fact]
    public async Task Invitees_AnswerFromMyWork_TheOrganiserIsToldAndAcceptsAProposal_WhichMovesTheConversation()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);
        using var teamManager = await SignedInAsync(app, scenario.TeamManager);
        await ConversationSteps.ScheduleAsync(manager, scenario, await ConversationSteps.WorkingDayAsync(app, 5));

        var myWork = await practitioner.GetPageAsync("/");
        var link = myWork.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h == $"/audits/{scenario.AuditId}/conversation/answer");
        var (_, accepted) = await practitioner.SubmitAsync(await practitioner.GetPageAsync(link!), new Dictionary<string, string> { ["Input.Answer"] = "Accepted" });
        var proposedDay = await ConversationSteps.WorkingDayAsync(app, 8);
        var (_, proposed) = await teamManager.SubmitAsync(await teamManager.GetPageAsync(link!), new Dictionary<string, string>(ConversationSteps.Date("ProposedDate", proposedDay))
        {
            ["Input.Answer"] = "ProposedNewTime", ["Input.ProposedStartTime"] = "9:00", ["Input.ProposedEndTime"] = "10:00",
        });

        Assert.Equal("You have answered the invitation. The organiser has been told", accepted.SuccessBanner());
        Assert.Equal("You have answered the invitation. The organiser has been told", proposed.SuccessBanner());
        var answers = await ConversationSteps.OutboxAsync(scenario, "conversation-answer");
        Assert.All(answers, m => Assert.Equal(scenario.ServiceManager.Email, m.ToAddress));
        Assert.Equal(2, answers.Count);
        var auditPage = await manager.GetPageAsync($"/audits/{scenario.AuditId}");
        var table = auditPage.QuerySelector("#conversation-answers")!.TextContent;
        Assert.Contains("Accepted", table, StringComparison.Ordinal);
        Assert.Contains("Proposed", table, StringComparison.Ordinal);
        var decide = auditPage.QuerySelectorAll("#conversation-answers a").Single().GetAttribute("href")!;

        var (_, moved) = await manager.SubmitAsync(await manager.GetPageAsync(decide), new Dictionary<string, string> { ["Input.Accept"] = "true" });

        Assert.Equal("You have moved the conversation to the proposed time and sent the update", moved.SuccessBanner());
        var conversation = await ConversationSteps.ConversationAsync(scenario);
        Assert.Equal(ConversationSteps.Uk(proposedDay, 9), conversation.StartsAt.ToUniversalTime());
        Assert.Equal(1, conversation.Sequence);
        Assert.Equal(InvitationAnswer.Accepted, conversation.Invitees.Single(i => i.StaffId == scenario.TeamManager.Id).Answer);
        Assert.Equal(InvitationAnswer.NeedsAction, conversation.Invitees.Single(i => i.StaffId == scenario.Practitioner.Id).Answer);
        var update = (await ConversationSteps.OutboxAsync(scenario, "conversation-updated")).First(m => m.ToAddress == scenario.Practitioner.Email);
        Assert.Equal(1, Parse(update).Events.Single().Sequence);
    }

    [Fact]
    public async Task OnlyThoseInvited_MayAnswer_OthersAreToldWhy()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        await ConversationSteps.ScheduleAsync(manager, scenario, await ConversationSteps.WorkingDayAsync(app, 5));

        var page = await manager.GetPageAsync($"/audits/{scenario.AuditId}/conversation/answer");

        Assert.Equal("Only the people invited to the reflective conversation can answer its invitation", page.Value("#refusal"));
    }
}
