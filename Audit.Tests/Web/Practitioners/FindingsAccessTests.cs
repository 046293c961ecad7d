using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Practitioners;

/// <summary>
/// A practitioner sees only their own audits, and their findings only once moderation has settled the grade: before
/// then, that the audit exists, its reference and its stage.
/// </summary>
public sealed class FindingsAccessTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task AnotherPractitioner_GetsNotFound_ForTheAudit_ItsAnswers_AndThePractitionersPages()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.InadequateSettledAsync();
        using var colleague = await SignedInAsync(app, scenario.OtherPractitioner);
        using var outsider = await SignedInAsync(app, scenario.Outsider);

        foreach (var client in new[] { colleague, outsider })
        {
            foreach (var path in new[] { "", "/record", "/record/check", "/practitioner/reflections", "/practitioner/response" })
            {
                var (response, _) = await client.GetAsync($"/audits/{scenario.AuditId}{path}");
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"/audits/{scenario.AuditId}{path} answered {(int)response.StatusCode}");
            }
        }

        var posted = await colleague.PostDirectlyAsync($"/audits/{scenario.AuditId}/practitioner/reflections",
            new Dictionary<string, string> { ["Version"] = (await scenario.VersionAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reflections"] = "Not mine to write" });
        Assert.Equal(HttpStatusCode.NotFound, posted);
        Assert.Null((await scenario.AuditAsync()).PractitionerReflections);
    }

    [Theory]
    [InlineData(AuditState.InProgress)]
    [InlineData(AuditState.AwaitingModeration)]
    [InlineData(AuditState.ReturnedToAuditor)]
    [InlineData(AuditState.AwaitingCoSign)]
    public async Task Practitioner_BeforeModerationSettlesTheGrade_SeesOnlyTheReferenceAndStage(AuditState state)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await WalkAnsweredToAsync(scenario, state);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);

        var page = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}");

        Assert.Equal(state, (await scenario.AuditAsync()).State);
        Assert.StartsWith($"AUD-{scenario.AuditId:D6}", page.H1(), StringComparison.Ordinal);
        Assert.Equal(Audit.Workflows.DeepDive.AuditStateNames.Display(state), page.State());
        Assert.NotNull(page.QuerySelector("#findings-withheld"));
        var html = page.Body!.InnerHtml;
        foreach (var grade in new[] { "Inadequate", "Requires improvement", "Good", "Outstanding" })
        {
            Assert.DoesNotContain(grade, html, StringComparison.Ordinal);
        }

        foreach (var typed in new[] { AuditAnswers.Evidence, PractitionerSteps.Rationale, PractitionerSteps.ModeratorsReasons, PractitionerSteps.FamilyFeedback })
        {
            Assert.DoesNotContain(typed, html, StringComparison.Ordinal);
        }

        Assert.Null(page.QuerySelector("#audit-history"));
        Assert.Null(page.QuerySelector("#audit-answers-link"));
        foreach (var path in new[] { "/record", "/record/check" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetAsync($"/audits/{scenario.AuditId}{path}")).Response.StatusCode);
        }
    }

    [Fact]
    public async Task Practitioner_OnceTheGradeIsSettled_SeesTheGradesEvidenceAndFeedback()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.InadequateSettledAsync();
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);

        var page = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}");
        var answers = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/record/check");

        Assert.Null(page.QuerySelector("#findings-withheld"));
        Assert.Equal("Inadequate", page.Value("#audit-final-grade"));
        Assert.Equal(PractitionerSteps.ModeratorsReasons, page.Value("#audit-moderation-rationale"));
        Assert.NotNull(page.QuerySelector("#audit-history"));
        Assert.Contains(AuditAnswers.Evidence, answers.Text(), StringComparison.Ordinal);
        Assert.Contains(PractitionerSteps.FamilyFeedback, answers.Text(), StringComparison.Ordinal);
        Assert.Contains("Inadequate", answers.Text(), StringComparison.Ordinal);
        Assert.Empty(answers.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task TeamManager_ReadsTheFindings_WhileTheyAreWithTheModerator()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.AnsweredAndSubmittedAsync(Grade.Inadequate);
        using var manager = await SignedInAsync(app, scenario.TeamManager);

        var page = await manager.GetPageAsync($"/audits/{scenario.AuditId}");
        var answers = await manager.GetPageAsync($"/audits/{scenario.AuditId}/record/check");

        Assert.Null(page.QuerySelector("#findings-withheld"));
        Assert.Equal("Inadequate", page.Value("#audit-auditor-grade"));
        Assert.Contains(AuditAnswers.Evidence, answers.Text(), StringComparison.Ordinal);
    }

    private static async Task WalkAnsweredToAsync(AuditScenario scenario, AuditState state)
    {
        switch (state)
        {
            case AuditState.InProgress:
                await scenario.StartAsync();
                await scenario.AnswerEverySectionAsync(Grade.Inadequate);
                return;
            case AuditState.AwaitingModeration:
                await scenario.AnsweredAndSubmittedAsync(Grade.Inadequate);
                return;
            case AuditState.ReturnedToAuditor:
                await scenario.AnsweredAndSubmittedAsync(Grade.Inadequate);
                var sections = await scenario.AgreeingAsync();
                await scenario.Expect(scenario.SendAsync(v => new Audit.Workflows.Moderation.ModerateCommand(scenario.AuditId, v,
                    Audit.Workflows.Moderation.ModerationOutcome.ReturnToAuditor, null, PractitionerSteps.ModeratorsReasons, sections), scenario.Moderator));
                return;
            default:
                await scenario.AnsweredAndSubmittedAsync(Grade.Inadequate);
                await scenario.ModeratedAgreeingAsync();
                return;
        }
    }
}
