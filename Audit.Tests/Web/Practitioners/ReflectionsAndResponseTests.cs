using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Practitioners;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Practitioners;

/// <summary>The practitioner's own words: their reflections (only they write them) and their response to the findings.</summary>
public sealed class ReflectionsAndResponseTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private const string OnlyThePractitioner = "Only the practitioner whose work was audited can write their reflections: no one can write them for them";

    [Fact]
    public async Task Practitioner_WritesTheirReflections_AndEveryoneOnTheAuditReadsThem()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.InadequateSettledAsync();
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);

        var audit = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}");
        Assert.Contains("Write your reflections", audit.ActionButtons());
        var form = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/practitioner/reflections");
        var (_, saved) = await practitioner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Reflections"] = "I will visit more often.\nAnd record why." });

        Assert.Equal("Your reflections have been saved", saved.SuccessBanner());
        Assert.Equal("I will visit more often.\nAnd record why.", saved.Value("#practitioner-reflections"));
        Assert.Equal("I will visit more often.\nAnd record why.", (await scenario.AuditAsync()).PractitionerReflections);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        Assert.Equal("I will visit more often.\nAnd record why.", (await manager.GetPageAsync($"/audits/{scenario.AuditId}")).Value("#practitioner-reflections"));
    }

    [Fact]
    public async Task ServiceManagerAndAuditor_CannotWriteThePractitionersReflections_AndAreToldWhy()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.InadequateSettledAsync();

        foreach (var person in new[] { scenario.ServiceManager, scenario.Auditor, scenario.TeamManager })
        {
            using var client = await SignedInAsync(app, person);
            var page = await client.GetPageAsync($"/audits/{scenario.AuditId}/practitioner/reflections");
            Assert.Equal(OnlyThePractitioner, page.QuerySelector("#refusal")?.TextContent.Trim());
            Assert.Empty(page.QuerySelectorAll("main form"));
            Assert.DoesNotContain("Write your reflections", (await client.GetPageAsync($"/audits/{scenario.AuditId}")).ActionButtons());

            var refused = await scenario.SendAsync(v => new WriteReflectionsCommand(scenario.AuditId, v, "Written for them"), person);
            Assert.Equal([OnlyThePractitioner], refused.Errors.Select(e => e.Value));
        }

        Assert.Null((await scenario.AuditAsync()).PractitionerReflections);
    }

    [Fact]
    public async Task Reflections_BeforeTheReflectiveConversationStage_AreRefusedWithTheReason()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.AnsweredAndSubmittedAsync(Grade.Inadequate);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);

        var page = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/practitioner/reflections");

        Assert.Equal("You can write your reflections once the audit reaches the reflective conversation", page.QuerySelector("#refusal")?.TextContent.Trim());
        Assert.DoesNotContain(AuditAnswers.Evidence, page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reflections_EmptyOrTooLong_AreGovUkErrors_AndWhatWasTypedIsKept()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.InadequateSettledAsync();
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);
        var form = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/practitioner/reflections");

        var (_, empty) = await practitioner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Reflections"] = "  " });
        var tooLong = new string('a', Audit.Data.Limits.LongText + 1);
        var (_, longer) = await practitioner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Reflections"] = tooLong });

        Assert.Equal(["Enter your reflections"], empty.ErrorSummary());
        Assert.Equal("Enter your reflections", empty.FieldError("Input_Reflections"));
        Assert.Equal(["Your reflections must be 10,000 characters or fewer"], longer.ErrorSummary());
        Assert.Equal(tooLong, longer.Value("textarea[name='Input.Reflections']"));
        Assert.Null((await scenario.AuditAsync()).PractitionerReflections);
    }

    [Fact]
    public async Task Practitioner_RespondsToTheFindings_OfAClosedAudit_AndTheResponseIsShown()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.AnsweredAndSubmittedAsync(Grade.Good);
        await scenario.ModeratedAgreeingAsync();
        await scenario.CoSignAsync();
        Assert.Equal(AuditState.Closed, (await scenario.AuditAsync()).State);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);

        var form = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/practitioner/response");
        var (_, saved) = await practitioner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Response"] = "The family had moved twice that year" });

        Assert.Equal("Your response to the findings has been saved", saved.SuccessBanner());
        Assert.Equal("The family had moved twice that year", saved.Value("#practitioner-response"));
        Assert.Equal(AuditState.Closed, (await scenario.AuditAsync()).State);
        Assert.NotNull((await scenario.AuditAsync()).PractitionerResponseAt);
        using var manager = await SignedInAsync(app, scenario.TeamManager);
        var seen = await manager.GetPageAsync($"/audits/{scenario.AuditId}");
        Assert.Equal("The family had moved twice that year", seen.Value("#practitioner-response"));
        Assert.Contains("The practitioner responded to the findings", seen.QuerySelector("#audit-history")!.TextContent, StringComparison.Ordinal);
        // Good work had no reflective conversation, so there are no reflections to write.
        Assert.Equal("Reflections follow the reflective conversation, and this audit did not need one",
            (await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/practitioner/reflections")).QuerySelector("#refusal")?.TextContent.Trim());
    }

    [Fact]
    public async Task Response_BeforeModerationSettlesTheGrade_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.AnsweredAndSubmittedAsync(Grade.Good);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);

        var page = await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/practitioner/response");
        var refused = await scenario.SendAsync(v => new RespondToFindingsCommand(scenario.AuditId, v, "Too soon"), scenario.Practitioner);

        Assert.Equal("You can respond to the findings once moderation has settled the grade", page.QuerySelector("#refusal")?.TextContent.Trim());
        Assert.Equal(["You can respond to the findings once moderation has settled the grade"], refused.Errors.Select(e => e.Value));
    }
}
