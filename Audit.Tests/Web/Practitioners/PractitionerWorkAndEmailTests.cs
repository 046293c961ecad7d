using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Practitioners;

/// <summary>My work for the practitioner, and the moderation outcome the auditor is emailed.</summary>
public sealed class PractitionerWorkAndEmailTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task MyWork_ListsTheReflectionsToWrite_AndTheFindingsToRespondTo_UntilWritten()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.InadequateSettledAsync();
        using var practitioner = AppClient.For(app);

        var home = await practitioner.SignInAsync(scenario.Practitioner);

        var reference = $"AUD-{scenario.AuditId:D6}";
        Assert.Equal(
            [$"Write your reflections on audit {reference}", $"Read the findings of audit {reference} and add your response"],
            Items(home).Select(i => i.Title).Order().Reverse());
        Assert.All(Items(home), i => Assert.Equal($"/audits/{scenario.AuditId}", i.Href));
        Assert.Equal("My work (2)", home.QuerySelector(".govuk-service-navigation__link")?.TextContent.Trim());

        await scenario.Expect(scenario.SendAsync(v => new Audit.Workflows.Practitioners.WriteReflectionsCommand(scenario.AuditId, v, "Written"), scenario.Practitioner));
        await scenario.Expect(scenario.SendAsync(v => new Audit.Workflows.Practitioners.RespondToFindingsCommand(scenario.AuditId, v, "Agreed"), scenario.Practitioner));
        var after = await practitioner.GetPageAsync("/");

        Assert.Equal([$"Read the findings of audit {reference}"], Items(after).Select(i => i.Title));
    }

    [Fact]
    public async Task MyWork_ListsNothingForThePractitioner_WhileTheGradeIsWithTheModerator()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.AnsweredAndSubmittedAsync(Grade.Inadequate);
        using var practitioner = AppClient.For(app);

        var home = await practitioner.SignInAsync(scenario.Practitioner);

        Assert.Empty(Items(home));
        Assert.NotNull(home.QuerySelector("#inbox-empty"));
    }

    [Fact]
    public async Task ModerationOutcome_ReachesTheAuditor_WhenAgreedReturnedAndCoSigned_WithTheReferenceAndLinkOnly()
    {
        var caseReference = $"LCS-{Guid.NewGuid():N}"[..14];
        var scenario = await AuditScenario.CreateAsync(app, caseReference);
        await scenario.AnsweredAndSubmittedAsync(Grade.Inadequate);
        var sections = await scenario.AgreeingAsync();
        await scenario.Expect(scenario.SendAsync(v => new ModerateCommand(scenario.AuditId, v, ModerationOutcome.ReturnToAuditor, null, "Add the chronology", sections), scenario.Moderator));
        await scenario.SubmitFormAsync();
        await scenario.ModeratedAgreeingAsync();
        await scenario.CoSignAsync();

        var toAuditor = await app.DbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.ToAddress == scenario.Auditor.Email).OrderBy(m => m.CreatedAt).ToListAsync());
        var kinds = toAuditor.Select(m => m.Kind).ToList();

        Assert.Contains("audit-returned", kinds);
        Assert.Contains("audit-moderated", kinds);
        var coSigned = Assert.Single(toAuditor, m => m.Kind == "audit-cosigned");
        Assert.Equal($"The moderation of audit AUD-{scenario.AuditId:D6} has been co-signed", coSigned.Subject);
        Assert.Contains($"https://localhost/audits/{scenario.AuditId}", coSigned.TextBody, StringComparison.Ordinal);
        foreach (var message in toAuditor)
        {
            foreach (var secret in new[] { caseReference, "Add the chronology", PractitionerSteps.ModeratorsReasons, AuditAnswers.Evidence, scenario.Practitioner.FullName })
            {
                Assert.DoesNotContain(secret, message.Subject + message.TextBody + message.HtmlBody, StringComparison.Ordinal);
            }
        }
    }

    private static List<(string Title, string? Href)> Items(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#inbox tbody tr a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
}
