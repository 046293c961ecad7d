using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Conversations;

/// <summary>
/// The invitation page reveals the decline reason and the proposed time under their own answers (GOV.UK conditional
/// reveal). Without JavaScript every field is posted, so the server must read only the chosen answer's fields.
/// </summary>
public sealed class AnswerFormTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private async Task<(AuditScenario Scenario, AppClient Practitioner)> InvitedAsync()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        await ConversationSteps.ScheduleAsync(manager, scenario, await ConversationSteps.WorkingDayAsync(app, 5));
        return (scenario, await SignedInAsync(app, scenario.Practitioner));
    }

    [Fact]
    public async Task AnswerPage_RevealsEachAnswersFields_UnderItsOwnRadio()
    {
        var (scenario, practitioner) = await InvitedAsync();
        using var _ = practitioner;

        var page = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/conversation/answer");

        var accept = page.QuerySelector("input[name='Input.Answer'][value='Accepted']")!;
        var decline = page.QuerySelector("input[name='Input.Answer'][value='Declined']")!;
        var propose = page.QuerySelector("input[name='Input.Answer'][value='ProposedNewTime']")!;
        Assert.Null(accept.GetAttribute("aria-controls"));
        var declineReveal = page.GetElementById(decline.GetAttribute("aria-controls")!)!;
        var proposeReveal = page.GetElementById(propose.GetAttribute("aria-controls")!)!;
        Assert.NotNull(declineReveal.QuerySelector("textarea[name='Input.DeclineReason']"));
        Assert.NotNull(proposeReveal.QuerySelector("input[name='Input.ProposedDate.Day']"));
        Assert.NotNull(proposeReveal.QuerySelector("input[name='Input.ProposedStartTime']"));
        Assert.NotNull(proposeReveal.QuerySelector("input[name='Input.ProposedEndTime']"));
        Assert.All([declineReveal, proposeReveal], r => Assert.Contains("govuk-radios__conditional--hidden", r.ClassName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accept_WithTheOtherAnswersFieldsEmpty_IsSaved()
    {
        var (scenario, practitioner) = await InvitedAsync();
        using var _ = practitioner;

        var (_, page) = await practitioner.SubmitAsync(await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/conversation/answer"),
            new Dictionary<string, string>
            {
                ["Input.Answer"] = "Accepted", ["Input.DeclineReason"] = string.Empty, ["Input.ProposedDate.Day"] = string.Empty,
                ["Input.ProposedDate.Month"] = string.Empty, ["Input.ProposedDate.Year"] = string.Empty,
                ["Input.ProposedStartTime"] = string.Empty, ["Input.ProposedEndTime"] = string.Empty,
            });

        Assert.Equal("You have answered the invitation. The organiser has been told", page.SuccessBanner());
        var mine = (await ConversationSteps.ConversationAsync(scenario)).Invitees.Single(i => i.StaffId == scenario.Practitioner.Id);
        Assert.Equal(InvitationAnswer.Accepted, mine.Answer);
        Assert.Null(mine.DeclineReason);
        Assert.Null(mine.ProposedStart);
    }

    [Fact]
    public async Task Accept_IgnoresWhatWasLeftTypedInAnotherAnswersFields()
    {
        var (scenario, practitioner) = await InvitedAsync();
        using var _ = practitioner;

        var (_, page) = await practitioner.SubmitAsync(await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/conversation/answer"),
            new Dictionary<string, string>
            {
                ["Input.Answer"] = "Accepted", ["Input.DeclineReason"] = "Typed before changing my mind",
                ["Input.ProposedDate.Day"] = "31", ["Input.ProposedDate.Month"] = "2", ["Input.ProposedDate.Year"] = "x",
                ["Input.ProposedStartTime"] = "soon", ["Input.ProposedEndTime"] = "later",
            });

        Assert.Equal("You have answered the invitation. The organiser has been told", page.SuccessBanner());
        var mine = (await ConversationSteps.ConversationAsync(scenario)).Invitees.Single(i => i.StaffId == scenario.Practitioner.Id);
        Assert.Equal(InvitationAnswer.Accepted, mine.Answer);
        Assert.Null(mine.DeclineReason);
    }

    [Fact]
    public async Task Propose_WithABadTime_ListsEveryError_AndKeepsTheRevealOpenWithWhatWasTyped()
    {
        var (scenario, practitioner) = await InvitedAsync();
        using var _ = practitioner;

        var (_, page) = await practitioner.SubmitAsync(await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/conversation/answer"),
            new Dictionary<string, string>
            {
                ["Input.Answer"] = "ProposedNewTime", ["Input.DeclineReason"] = string.Empty,
                ["Input.ProposedDate.Day"] = string.Empty, ["Input.ProposedDate.Month"] = string.Empty, ["Input.ProposedDate.Year"] = string.Empty,
                ["Input.ProposedStartTime"] = "25:99", ["Input.ProposedEndTime"] = string.Empty,
            });

        Assert.Equal(["Enter the date of the conversation", "Enter a real time, like 14:30", "Enter the end time"], page.ErrorSummary());
        var propose = page.QuerySelector("input[name='Input.Answer'][value='ProposedNewTime']")!;
        Assert.True(propose.HasAttribute("checked"));
        var reveal = page.GetElementById(propose.GetAttribute("aria-controls")!)!;
        Assert.DoesNotContain("govuk-radios__conditional--hidden", reveal.ClassName, StringComparison.Ordinal);
        Assert.Equal("25:99", reveal.QuerySelector("input[name='Input.ProposedStartTime']")!.GetAttribute("value"));
        var mine = (await ConversationSteps.ConversationAsync(scenario)).Invitees.Single(i => i.StaffId == scenario.Practitioner.Id);
        Assert.Equal(InvitationAnswer.NeedsAction, mine.Answer);
    }
}
