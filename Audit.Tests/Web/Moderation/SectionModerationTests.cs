using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Moderation;

/// <summary>Moderation by section through the real pages, and what the auditor is told by email (through MailDev).</summary>
public sealed class SectionModerationTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();
    private readonly MailDevServer mail = new();

    public async ValueTask InitializeAsync()
    {
        await mail.StartAsync();
        app.WithSmtp(mail);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await mail.DisposeAsync();
    }

    [Fact]
    public async Task ChangingASectionAndTheOverallGrade_RecordsEachChangeWithItsReason_ShowsThemInTheHistory_AndTellsTheAuditorByEmail()
    {
        var scenario = await SubmittedAsync(Grade.Good);
        using var moderator = await SignedInAsync(app, scenario.Moderator);
        var form = await moderator.GetPageAsync($"/audits/{scenario.AuditId}/moderate");
        var sections = await scenario.ModeratedSectionsAsync();
        var values = AgreeEverySection(form);
        values["Input.Sections[1].Decision"] = nameof(Grade.RequiresImprovement);
        values["Input.Sections[1].Comment"] = "The child's views are recorded but not acted on";
        values["Input.Outcome"] = nameof(Grade.RequiresImprovement);
        values["Input.Rationale"] = "The voice of the child is not yet good";

        var (_, page) = await moderator.SubmitAsync(form, values);

        Assert.Equal("You have changed the grade to Requires improvement to be good", page.SuccessBanner());
        var changes = await app.DbAsync(db => db.GradeChanges.AsNoTracking().Where(g => g.CaseAuditId == scenario.AuditId).OrderBy(g => g.Id).ToListAsync());
        Assert.Equal(2, changes.Count);
        Assert.Equal((sections[1].SectionId, Grade.Good, Grade.RequiresImprovement, "The child's views are recorded but not acted on", scenario.Moderator.Id),
            (changes[0].ToolSectionId!.Value, changes[0].FromGrade, changes[0].ToGrade, changes[0].Reason, changes[0].ChangedById));
        Assert.Equal(((int?)null, Grade.Good, Grade.RequiresImprovement, "The voice of the child is not yet good"),
            (changes[1].ToolSectionId, changes[1].FromGrade, changes[1].ToGrade, changes[1].Reason));
        Assert.All(changes, c => Assert.NotNull(c.HistoryEntryId));
        Assert.Equal(Grade.RequiresImprovement, await app.DbAsync(db => db.SectionResponses.Where(r => r.ToolSectionId == sections[1].SectionId && r.CaseAuditId == scenario.AuditId).Select(r => r.ModeratedGrade).SingleAsync()));
        var history = page.QuerySelectorAll("#audit-history .audit-grade-change").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            [$"{sections[1].Title} changed from Good to Requires improvement to be good: The child's views are recorded but not acted on",
             "Overall grade changed from Good to Requires improvement to be good: The voice of the child is not yet good"],
            history);
        Assert.Equal("Requires improvement to be good", page.Value("#audit-final-grade"));

        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());
        var email = (await mail.WaitForAsync(2, scenario.Auditor.Email)).Single(m => m.Subject.Contains("moderated", StringComparison.Ordinal));
        AssertReferenceAndLinkOnly(scenario, email, "The voice of the child is not yet good", "The child's views");
    }

    [Fact]
    public async Task ChangingASectionWithoutAReason_OrSayingSomethingIsMissingButAgreeing_ListsEveryProblem_KeepingWhatWasChosen()
    {
        var scenario = await SubmittedAsync(Grade.Good);
        using var moderator = await SignedInAsync(app, scenario.Moderator);
        var form = await moderator.GetPageAsync($"/audits/{scenario.AuditId}/moderate");
        var sections = await scenario.ModeratedSectionsAsync();
        var values = AgreeEverySection(form);
        values.Remove("Input.Sections[0].Decision");
        values["Input.Sections[1].Decision"] = nameof(Grade.Inadequate);
        values["Input.Sections[2].Decision"] = "Missing";
        values["Input.Sections[2].Comment"] = "Which agencies were at the strategy discussion?";
        values["Input.Outcome"] = "Agree";
        values["Input.Rationale"] = "Agreed";

        var (_, page) = await moderator.SubmitAsync(form, values);

        Assert.Equal(
            [$"Select your decision for {sections[0].Title}",
             $"Enter why you changed the grade for {sections[1].Title}",
             $"You said something is missing from {sections[2].Title}: return the audit to the auditor, or choose a grade for each section"],
            page.ErrorSummary());
        Assert.Equal($"Enter why you changed the grade for {sections[1].Title}", page.FieldError("Input_Sections_1__Comment"));
        Assert.NotNull(page.QuerySelector($"input[name='Input.Sections[1].Decision'][value='Inadequate'][checked]"));
        Assert.Equal("Which agencies were at the strategy discussion?", page.Value("#Input_Sections_2__Comment"));
        Assert.Equal(AuditState.AwaitingModeration, (await scenario.AuditAsync()).State);
        Assert.Empty(page.QuerySelectorAll("[aria-expanded], [data-aria-controls]"));
    }

    [Fact]
    public async Task Returning_WithWhatIsMissingPerSection_ShowsTheAuditorTheCommentsOnTheirTaskList_AndEmailsThem()
    {
        var scenario = await SubmittedAsync(Grade.Inadequate);
        using var moderator = await SignedInAsync(app, scenario.Moderator);
        var form = await moderator.GetPageAsync($"/audits/{scenario.AuditId}/moderate");
        var sections = await scenario.ModeratedSectionsAsync();
        var values = AgreeEverySection(form);
        values["Input.Sections[0].Decision"] = "Missing";
        values["Input.Sections[0].Comment"] = "Say who attended the last core group";
        values["Input.Outcome"] = "Return";
        values["Input.Rationale"] = "More evidence is needed on the plan";

        var (_, page) = await moderator.SubmitAsync(form, values);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var taskList = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record");

        Assert.Equal("You have returned the audit to the auditor", page.SuccessBanner());
        Assert.Equal("More evidence is needed on the plan", taskList.Value("#returned-overall"));
        Assert.Equal(["Moderator (missing): Say who attended the last core group"], taskList.QuerySelectorAll(".moderator-note").Select(n => n.TextContent.Trim()));
        Assert.Contains(sections[0].Title, taskList.QuerySelector(".moderator-note")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.DbAsync(db => db.GradeChanges.Where(g => g.CaseAuditId == scenario.AuditId).ToListAsync()));

        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());
        var email = (await mail.WaitForAsync(2, scenario.Auditor.Email)).Single(m => m.Subject.Contains("returned", StringComparison.Ordinal));
        AssertReferenceAndLinkOnly(scenario, email, "More evidence is needed", "core group");
    }

    [Fact]
    public async Task ConfirmedGood_ThanksThePractitionerAndTheirTeamManager_ByEmail_WithTheReferenceAndLinkOnly()
    {
        var scenario = await SubmittedAsync(Grade.Good);
        var agreeing = await scenario.AgreeingAsync();
        await scenario.Expect(scenario.SendAsync(v => new Audit.Workflows.Moderation.ModerateCommand(scenario.AuditId, v,
            Audit.Workflows.Moderation.ModerationOutcome.Agree, null, "Consistently good", agreeing), scenario.Moderator));
        await scenario.CoSignAsync();

        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());

        foreach (var person in new[] { scenario.Practitioner, scenario.TeamManager })
        {
            var email = Assert.Single(await mail.WaitForAsync(1, person.Email), m => m.Subject.StartsWith("Good practice", StringComparison.Ordinal));
            Assert.Equal($"Good practice recognised in audit AUD-{scenario.AuditId:D6}", email.Subject);
            AssertReferenceAndLinkOnly(scenario, email, "Consistently good", AuditAnswers.Evidence, "Warm");
        }
    }

    private async Task<AuditScenario> SubmittedAsync(Grade grade)
    {
        var scenario = await AuditScenario.CreateAsync(app, caseReference: $"LCS-{Guid.NewGuid():N}"[..12]);
        await scenario.StartAsync();
        await scenario.AnswerEverySectionAsync(grade);
        await scenario.SubmitFormAsync();
        Assert.Equal(AuditState.AwaitingModeration, (await scenario.AuditAsync()).State);
        return scenario;
    }

    /// <summary>Every section agreed, as a moderator would tick them; the test changes what it is about.</summary>
    private static Dictionary<string, string> AgreeEverySection(AngleSharp.Html.Dom.IHtmlDocument form) =>
        form.QuerySelectorAll("input[type=hidden][name$='.SectionId']")
            .Select(input => input.GetAttribute("name")!.Replace(".SectionId", ".Decision", StringComparison.Ordinal))
            .ToDictionary(name => name, _ => "Agree");

    private static void AssertReferenceAndLinkOnly(AuditScenario scenario, ReceivedEmail email, params string[] typed)
    {
        var everything = email.Subject + "\n" + email.Text + "\n" + email.Html;
        Assert.Contains($"AUD-{scenario.AuditId:D6}", email.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://localhost/audits/{scenario.AuditId}", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LCS-", everything, StringComparison.Ordinal);
        if (email.To.All(t => t.Address != scenario.Practitioner.Email))
        {
            // The practitioner is greeted by name in their own email; nobody else's email names them.
            Assert.DoesNotContain(scenario.Practitioner.FullName, everything, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Child protection", everything, StringComparison.OrdinalIgnoreCase);
        foreach (var text in typed)
        {
            Assert.DoesNotContain(text, everything, StringComparison.OrdinalIgnoreCase);
        }
    }
}
