using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Moderation;

/// <summary>The assistant director's line of sight: co-signing or sending back moderated grades, through the pages.</summary>
public sealed class AssistantDirectorTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task SendBack_ReturnsTheAuditToItsModerator_WithTheComment_AndACoSignedInadequateGoesToTheReflectiveConversation()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        await scenario.ModerateAsync(ModerationOutcome.Agree);
        Assert.Equal((AuditState.AwaitingCoSign, Grade.Inadequate), ((await scenario.AuditAsync()).State, (await scenario.AuditAsync()).FinalGrade));
        using var director = await SignedInAsync(app, scenario.AssistantDirector);
        var form = await director.GetPageAsync($"/audits/{scenario.AuditId}/co-sign");

        var (_, noComment) = await director.SubmitAsync(form, new Dictionary<string, string> { ["Input.Decision"] = "SendBack" });
        var (_, sentBack) = await director.SubmitAsync(noComment, new Dictionary<string, string>
        {
            ["Input.Decision"] = "SendBack",
            ["Input.Comment"] = "The safety plan evidence needs a second look",
        });

        Assert.Equal(["Enter why you are sending the audit back to moderation"], noComment.ErrorSummary());
        Assert.Equal("You have sent the audit back to moderation", sentBack.SuccessBanner());
        Assert.Equal("Awaiting moderation", sentBack.State());
        Assert.Equal("Morgan Moderator (taken for moderation)", sentBack.Value("#stage-holder"));
        using var moderator = await SignedInAsync(app, scenario.Moderator);
        var moderation = await moderator.GetPageAsync($"/audits/{scenario.AuditId}/moderate");
        Assert.Contains("The safety plan evidence needs a second look", moderation.Value("#sent-back-comment"), StringComparison.Ordinal);

        await scenario.ModerateAsync(ModerationOutcome.Agree);
        var again = await director.GetPageAsync($"/audits/{scenario.AuditId}/co-sign");
        var (_, coSigned) = await director.SubmitAsync(again, new Dictionary<string, string> { ["Input.Decision"] = "CoSign" });

        Assert.Equal("You have co-signed the audit", coSigned.SuccessBanner());
        Assert.Equal("Awaiting reflective conversation", coSigned.State());
        Assert.Equal("Inadequate", coSigned.Value("#audit-final-grade"));
        var history = coSigned.QuerySelectorAll("#audit-history .moj-timeline__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Co-sign", "Agree grade", "Send back to moderation", "Agree grade", "Submit audit"], history.Take(5));
    }

    [Fact]
    public async Task GradeBeforeModeration_IsTheAuditorsGrade_NotAFinalGrade()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        await scenario.SubmitAsync(Grade.Good);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var awaitingModeration = await lead.GetPageAsync($"/audits/{scenario.AuditId}");
        await scenario.ModerateAsync(ModerationOutcome.ChangeGrade, Grade.Outstanding);
        var awaitingCoSign = await lead.GetPageAsync($"/audits/{scenario.AuditId}");
        await scenario.CoSignAsync();
        var confirmed = await lead.GetPageAsync($"/audits/{scenario.AuditId}");

        Assert.Equal("Good", awaitingModeration.Value("#audit-auditor-grade"));
        Assert.Null(awaitingModeration.QuerySelector("#audit-final-grade"));
        Assert.DoesNotContain("Final grade", awaitingModeration.QuerySelector("#audit-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(awaitingCoSign.QuerySelector("#audit-final-grade"));
        Assert.StartsWith("Outstanding", awaitingCoSign.Value("#audit-moderated-grade"), StringComparison.Ordinal);
        Assert.Equal("Outstanding", confirmed.Value("#audit-final-grade"));
    }

    [Fact]
    public async Task ConfirmedGood_IsMarkedAsGoodPractice_AndThePractitionerAndTheirTeamManagerAreThanked()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingCoSign);
        Assert.False((await scenario.AuditAsync()).IsGoodPracticeExample);

        await scenario.CoSignAsync();

        using var practitioner = await SignedInAsync(app, scenario.Practitioner);
        var page = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}");
        var audit = await scenario.AuditAsync();
        var thanked = await app.DbAsync(db => db.OutboxMessages.Where(m => m.Kind == "good-practice" && m.TextBody.Contains($"/audits/{scenario.AuditId}"))
            .Select(m => m.ToAddress).OrderBy(a => a).ToListAsync());
        Assert.True(audit.IsGoodPracticeExample);
        Assert.NotNull(audit.GradeConfirmedAt);
        Assert.Equal("Good practice example", page.Value("#good-practice"));
        Assert.Equal(new[] { scenario.Practitioner.Email, scenario.TeamManager.Email }.Order(StringComparer.Ordinal), thanked);
    }

    [Fact]
    public async Task WhenTheSettingsLeaveInadequateToModeration_ItGoesStraightToTheReflectiveConversation()
    {
        await using var own = new AuditAppFactory();
        await own.DbAsync(async db =>
        {
            (await db.WorkflowSettings.SingleAsync()).AssistantDirectorForInadequate = false;
            return await db.SaveChangesAsync();
        });
        var scenario = await AuditScenario.CreateAsync(own);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);

        await scenario.ModerateAsync(ModerationOutcome.Agree);

        Assert.Equal(AuditState.AwaitingReflectiveConversation, (await scenario.AuditAsync()).State);
    }
}
